import { describe, expect, it } from 'vitest';
import type { PlanContext } from '../../src/document/blocks.js';
import { extractTasks, type TaskDraft } from '../../src/tasks/index.js';
import { layOut, type Spec } from '../support/section-specs.js';

const PLAN_2025: PlanContext = { date: { year: 2025, month: 3, day: null }, periodYear: 2025 };
const PLAN_2022: PlanContext = { date: null, periodYear: 2022 };

function run(specs: Spec[], context: PlanContext = PLAN_2025, preamble: string[] = []) {
  const built = layOut(specs, { preamble });
  const result = extractTasks(built.preamble, built.sections, context);
  for (const t of result.tasks) expect(built.doc.slice(t.range.start, t.range.end)).toBe(t.text);
  return result;
}

/** One paragraph in a khoản "III.1" with a neutral heading. */
function inKhoan(paragraph: string): Spec[] {
  return [{ id: 'III', kind: 'muc', heading: 'TỔ CHỨC THỰC HIỆN', children: [{ id: 'III.1', kind: 'khoan', heading: 'Nhiệm vụ chung', paragraphs: [paragraph] }] }];
}

function core(t: TaskDraft) {
  return { text: t.text, lead: t.lead, support: t.support, kind: t.kind, leadFrom: t.leadFrom };
}

type Expect = { lead: string[]; support?: string[]; kind?: 'assignment' | 'report'; text?: string };

describe('assignment sentences (lead from the text)', () => {
  it.each<[string, Expect]>([
    [
      'Giao Văn phòng chủ trì, phối hợp Phòng Nghiệp vụ 4 tham mưu tuyên truyền các văn bản Nghị quyết của Đảng, chính sách pháp luật của Nhà nước về công tác dân vận và lồng ghép cụ thể hóa các văn bản của Tỉnh ủy vào kế hoạch hoạt động của cơ quan; tham mưu báo cáo sơ kết, tổng kết theo văn bản chỉ đạo.',
      { lead: ['Văn phòng'], support: ['Phòng Nghiệp vụ 4'] },
    ],
    ['*Giao Tổ Công vụ tham mưu kiểm tra kỷ luật, kỷ cương hành chính của công chức cơ quan.*', { lead: ['Tổ Công vụ'], text: 'Giao Tổ Công vụ tham mưu kiểm tra kỷ luật, kỷ cương hành chính của công chức cơ quan.' }],
    [
      'Giao Phòng Nghiệp vụ 4 tham mưu kiểm tra nội bộ việc xây dựng và thực hiện các chế độ, định mức, tiêu chuẩn trong quản lý, sử dụng kinh phí ngân sách nhà nước, sử dụng tài sản công theo quy định hiện hành.',
      { lead: ['Phòng Nghiệp vụ 4'] },
    ],
    [
      'Giao Văn phòng, các Phòng Nghiệp vụ thuộc Thanh tra tỉnh căn cứ chức năng nhiệm vụ được giao tham mưu công tác thanh tra, tiếp công dân và giải quyết khiếu nại, tố cáo và phòng, chống tham nhũng, tiêu cực.',
      { lead: ['Văn phòng', 'các Phòng Nghiệp vụ thuộc Thanh tra tỉnh'] },
    ],
    [
      'Giao cho Thanh tra Sở xây dựng Kế hoạch kiểm tra việc thực hiện công tác dân vận chính quyền của Sở Công Thương; Chủ trì, phối hợp với Văn phòng kiểm tra và kiến nghị, đề xuất các giải pháp thực hiện tốt công tác dân vận của cơ quan, đơn vị thuộc Sở.',
      { lead: ['Thanh tra Sở'], support: ['Văn phòng'] },
    ],
    [
      'Giao Trưởng các phòng, các đơn vị thuộc Sở tăng cường sự chỉ đạo, điều hành và đề cao trách nhiệm cá nhân, nhất là người đứng đầu trong việc tổ chức thực hiện công tác dân vận.',
      { lead: ['Trưởng các phòng, các đơn vị thuộc Sở'] },
    ],
    [
      'Giao Văn phòng Sở theo dõi, đôn đốc, kiểm tra việc xây dựng và triển khai thực hiện kế hoạch của các phòng, đơn vị thuộc Sở; định kỳ 6 tháng và cuối năm tổng hợp báo cáo kết quả thực hiện cho UBND tỉnh theo quy định; trong đó tổng hợp xếp loại, đánh giá kết quả thực hiện công tác dân vận chính quyền của Sở Công Thương theo Quyết định số 3225/QĐ-UBND ngày 12/9/2018 của UBND tỉnh.',
      { lead: ['Văn phòng Sở'], kind: 'report' },
    ],
    [
      'Giao Văn phòng tổng hợp, tham mưu Ban lãnh đạo báo cáo định kỳ (6 tháng trước ngày 15/5, 09 tháng trước ngày 15/9 và năm trước ngày 01/11/2025) gửi UBND tỉnh (thông qua Sở Nội vụ) theo quy định.',
      { lead: ['Văn phòng'], kind: 'report' },
    ],
    [
      'Phòng Nghiệp vụ 3 chủ trì, phối hợp với các Phòng nghiệp vụ 1, 2, 4 thực hiện công tác thanh tra, tham mưu giải quyết khiếu nại, tố cáo theo chức năng nhiệm vụ.',
      { lead: ['Phòng Nghiệp vụ 3'], support: ['Phòng nghiệp vụ 1', 'Phòng nghiệp vụ 2', 'Phòng nghiệp vụ 4'] },
    ],
    [
      'Văn phòng chủ trì, phối hợp với các Phòng Nghiệp vụ 1, 2, 3 tham mưu thực hiện các phong trào thi đua, nhân rộng điển hình tiên tiến.',
      { lead: ['Văn phòng'], support: ['Phòng Nghiệp vụ 1', 'Phòng Nghiệp vụ 2', 'Phòng Nghiệp vụ 3'] },
    ],
    [
      'Phân công đồng chí Lê Văn Lộc – Phó Giám đốc Sở chỉ đạo các phòng, đơn vị nghiêm túc, triển khai thực hiện kịp thời, có hiệu quả Kế hoạch thực hiện công tác Dân vận chính quyền năm 2022 của Sở.',
      { lead: ['Lê Văn Lộc – Phó Giám đốc Sở'] },
    ],
    [
      'Thủ trưởng các phòng, đơn vị trực thuộc có trách nhiệm quán triệt cho từng công chức, viên chức, người lao động trong đơn vị triển khai thực hiện nghiêm túc Kế hoạch này.',
      { lead: ['Thủ trưởng các phòng, đơn vị trực thuộc'] },
    ],
    [
      'Căn cứ tình hình thực tế và nhiệm vụ được giao, các đơn vị thuộc Sở xây dựng Kế hoạch thực hiện công tác dân vận chính quyền năm 2022 tại đơn vị.',
      { lead: ['các đơn vị thuộc Sở'] },
    ],
    [
      'Trong quá trình thực hiện có khó khăn, vướng mắc, các phòng, đơn vị thuộc Sở phản ánh trực tiếp về Văn phòng Sở để tổng hợp, báo cáo Ban Lãnh đạo Sở xem xét, giải quyết.',
      { lead: ['các phòng, đơn vị thuộc Sở'] },
    ],
    // constructed from the units above: the one given the task leads, not the one giving it
    [
      'UBND tỉnh giao Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan tổ chức đánh giá, xếp loại công tác dân vận chính quyền.',
      { lead: ['Sở Nội vụ'], support: ['các sở, ngành liên quan'] },
    ],
    [
      'Đề nghị Công đoàn cơ sở phối hợp tuyên truyền, vận động công chức, người lao động thực hiện tốt phong trào thi đua “Dân vận khéo”.',
      { lead: ['Công đoàn cơ sở'] },
    ],
    // a request in the middle of a sentence: the one asked leads, not the one asking (as with "giao")
    [
      'Sở Công Thương đề nghị các doanh nghiệp báo cáo tình hình sử dụng vật liệu nổ công nghiệp về Sở Công Thương trước ngày 15/12/2025.',
      { lead: ['các doanh nghiệp'], kind: 'report' },
    ],
    ['UBND tỉnh yêu cầu Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.', { lead: ['Sở Tài chính'] }],
    // a notice of inspection results (TB 1894/TB-SCT, shared corpus): "the unit above"
    [
      'Để việc chấp hành quy định của pháp luật về quản lý và sử dụng VLNCN được tốt hơn, Sở Công Thương yêu cầu đơn vị nêu trên thực hiện một số nội dung sau:',
      { lead: ['đơn vị nêu trên'] },
    ],
    // a company asked or bound (công văn 1629/SCT-CN and 4378/SCT-CN, giấy phép 2507/GP-UBND, shared
    // corpus): its name runs to the verb, past lower-case words of the name ("xây dựng"); "Công ty"
    // followed by a verb is the company the text has named
    [
      'Đề nghị Công ty cổ phần Đầu tư xây dựng hạ tầng cơ sở thông báo cho các chủ thể tham gia xây dựng công trình chuẩn bị đầy đủ hồ sơ, tài liệu liên quan đến nội dung kiểm tra.',
      { lead: ['Công ty cổ phần Đầu tư xây dựng hạ tầng cơ sở'] },
    ],
    ['Đề nghị Công ty hiệu chỉnh thống nhất các thông số nêu trên theo đúng thiết kế được duyệt.', { lead: ['Công ty'] }],
    [
      'Sau khi hoàn thiện đầy đủ các nội dung nêu trên, đề nghị Công ty nộp lại hồ sơ về Sở Công Thương để được xem xét, giải quyết theo quy định.',
      { lead: ['Công ty'] },
    ],
    [
      'Công ty Cổ phần Khai thác vật liệu xây dựng Miền Bắc phải thực hiện đúng các quy định tại Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ.',
      { lead: ['Công ty Cổ phần Khai thác vật liệu xây dựng Miền Bắc'] },
    ],
    // a request coordinated with what the writer did ("… trả lại hồ sơ và đề nghị Công ty …")
    ['Sở Công Thương trả lại hồ sơ (gửi kèm theo Công văn này) và đề nghị Công ty hoàn thiện hồ sơ theo quy định.', { lead: ['Công ty'] }],
    // a condition makes an instruction of what follows it, a company's plain verb too (CV 4378 §1)
    [
      'Trường hợp do năng lực thiết bị hiện có phải áp dụng thông số khác với thiết kế, Công ty lập, phê duyệt điều chỉnh thiết kế theo quy định của pháp luật về xây dựng trước khi đưa vào Phương án nổ mìn.',
      { lead: ['Công ty'] },
    ],
    ['Trường hợp cần thiết, Sở Tài chính bố trí kinh phí bổ sung để thực hiện Kế hoạch.', { lead: ['Sở Tài chính'] }],
    ['Giao Công ty TNHH MTV Xổ số kiến thiết chủ trì, phối hợp với Sở Tài chính rà soát quy chế.', { lead: ['Công ty TNHH MTV Xổ số kiến thiết'], support: ['Sở Tài chính'] }],
    // the one "do" names, when it is to take something on (QĐ 1050 Điều 3.8)
    ['Nhiệm vụ cụ thể của các thành viên trong Đoàn kiểm tra do Trưởng đoàn phân công.', { lead: ['Trưởng đoàn'] }],
    ['Kinh phí tổ chức hội nghị do Văn phòng Sở bố trí từ nguồn kinh phí chi thường xuyên.', { lead: ['Văn phòng Sở'] }],
    ['Thời gian, địa điểm cụ thể do Phòng Quản lý Công nghiệp hướng dẫn sau.', { lead: ['Phòng Quản lý Công nghiệp'] }],
    // reporting obligations whose subject is the previous sentence's: no lead is invented
    [
      'Báo cáo kết quả thực hiện định kỳ (6 tháng trước ngày 05/5, 09 tháng trước ngày 05/9 và năm trước ngày 20/10/2025) về Văn phòng để tổng hợp, tham mưu Ban Lãnh đạo báo cáo theo quy định.',
      { lead: [], kind: 'report' },
    ],
    [
      'Định kỳ 06 tháng (trước ngày 01/6/2022) và cuối năm (trước ngày 01/11/2022) tổ chức kiểm điểm đánh giá, báo cáo kết quả thực hiện về Sở Công Thương để theo dõi, tổng hợp, báo cáo Sở Nội vụ, UBND tỉnh theo quy định./.',
      { lead: [], kind: 'report' },
    ],
  ])('%s', (paragraph, expected) => {
    const { tasks } = run(inKhoan(paragraph));
    expect(tasks.map(core)).toEqual([
      {
        text: expected.text ?? paragraph,
        lead: expected.lead,
        support: expected.support ?? [],
        kind: expected.kind ?? 'assignment',
        leadFrom: 'text',
      },
    ]);
    expect(tasks[0]!.sectionId).toBe('III.1');
  });
});

describe('sentences that assign nothing', () => {
  it.each([
    'Tổ chức thực hiện có hiệu quả các nghị quyết của Đảng, chính sách, pháp luật của Nhà nước về giai cấp, về giới trong thời kỳ hội nhập quốc tế.',
    'Lãnh đạo, chỉ đạo và tổ chức thực hiện tốt công tác dân vận đảm bảo mọi chủ trương, chính sách đều xuất phát từ lợi ích và nguyện vọng chính đáng của nhân dân.',
    'Phối hợp Đảng ủy Sở và các đoàn thể tiếp tục củng cố, phát huy khối đại đoàn kết toàn dân tộc; nâng cao hiệu quả phong trào thi đua yêu nước, các cuộc vận động, đặc biệt là phong trào thi đua “Dân vận khéo”.',
    'Báo cáo kết quả thực hiện Chỉ thị số 55-CT/TU ngày 27/4/2020 của Ban Thường vụ Tỉnh ủy về tiếp tục thực hiện Nghị quyết số 24-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương Đảng (khóa IX) về công tác dân tộc trong tình hình mới.',
    'Phân công lãnh đạo, viên chức theo dõi, kiểm tra thực hiện có hiệu quả từng nội dung trong kế hoạch đã đề ra.',
    'Kế hoạch này được phổ biến, quán triệt đến toàn thể cán bộ công chức, viên chức và người lao động trong Sở.',
    'Tăng cường sự phối hợp chặt chẽ giữa Thanh tra tỉnh với các cơ quan, đơn vị và địa phương, đẩy mạnh thực hiện công tác dân vận chính quyền phải gắn công tác dân vận với thực hiện chức năng, nhiệm vụ của cơ quan.',
    'Tiếp tục quán triệt về trách nhiệm người đứng đầu trong lãnh đạo, chỉ đạo, đôn đốc, giám sát kết quả thực hiện nhiệm vụ cải cách hành chính; kịp thời báo cáo, thông tin các khó khăn, vướng mắc trong quá trình thực hiện để phối hợp xử lý.',
    'Trên 80% Phòng thuộc Thanh tra tỉnh đạt tiêu chí Dân vận khéo.',
    // a công văn's closing line: the issuer informs, it assigns nothing (shared corpus)
    'Sở Công Thương thông báo để Công ty cổ phần Đầu tư xây dựng hạ tầng cơ sở được biết và phối hợp triển khai thực hiện./.',
    // "giao ban" (briefing), "giao lưu" (exchange) are not "Giao X"
    'Giao ban định kỳ hằng tháng để đánh giá kết quả thực hiện công tác dân vận.',
    'Giao lưu, học tập kinh nghiệm các mô hình “Dân vận khéo” tiêu biểu.',
    // a unit phrase that ends with "giao" gives nothing to anyone (it used to stop the parse)
    'Văn phòng Sở giao.',
    // a company that does something, in a finding or a narrative: not a task
    'Sau khi kiểm tra, Công ty đã khắc phục các tồn tại về biển báo, nội quy tại kho vật liệu nổ công nghiệp.',
    'Công ty TNHH Hiệp Phú (Gói thầu số 15 thi công công trình đường kết nối Mường La, Than Uyên) cho thấy các đơn vị cơ bản đã chấp hành tương đối tốt các quy định.',
    'Công ty cổ phần Mông Sơn nộp hồ sơ đề nghị cấp Giấy phép sử dụng vật liệu nổ công nghiệp ngày 16/7/2026.',
    // "đề nghị" as a noun: a request made, not one to a unit
    'Sở Công Thương đã nhận được hồ sơ đề nghị cấp Giấy phép sử dụng vật liệu nổ công nghiệp và đề nghị của Công ty về thời hạn.',
    // nor one that asks nobody, or asks what is not a unit (the second gave "Sở Công Thương đề nghị" as a lead)
    'Sở Nội vụ đề nghị.',
    'Sở Công Thương đề nghị tăng cường công tác tuyên truyền về an toàn vật liệu nổ công nghiệp.',
    // "do" as "by" for what was done, or as "because": nobody is given anything
    'Thực hiện tốt các văn bản do UBND tỉnh ban hành về công tác dân vận.',
    'Kết quả còn hạn chế do Văn phòng chưa tham mưu kịp thời.',
    'Việc chậm triển khai một phần do Sở Tài chính không bố trí kinh phí.',
    // the sentence's own action comes first: "do" names who leads what it joins (CV of UBND tỉnh on VLNCN, 3.b)
    'Phối hợp tham gia kiểm tra liên ngành định kỳ, đột xuất về an toàn, vệ sinh lao động trong hoạt động VLNCN, TCTN do Sở Công Thương hoặc Công an tỉnh chủ trì.',
    'Đồng thời, thực hiện nghiêm Quyết định số 3225/QĐ-UBND ngày 12/9/2018 của UBND tỉnh về tổ chức đánh giá, xếp loại công tác dân vận của cơ quan nhà nước và các đơn vị sự nghiệp công lập trên địa bàn tỉnh để việc tổng hợp, xếp loại, đánh giá cuối năm đúng thời gian quy định.',
  ])('%s', (paragraph) => {
    expect(run(inKhoan(paragraph)).tasks).toEqual([]);
  });
});

describe('a paragraph of several sentences', () => {
  it('gives the sentence that assigns, not the paragraph (002 IV.1)', () => {
    const heading =
      'Chánh Văn phòng, các Trưởng Phòng Nghiệp vụ thuộc Thanh tra tỉnh căn cứ chức năng, nhiệm vụ được giao, tổ chức triển khai thực hiện các nội dung tại kế hoạch này. Báo cáo kết quả thực hiện định kỳ (6 tháng trước ngày 05/5, 09 tháng trước ngày 05/9 và năm trước ngày 20/10/2025) về Văn phòng để tổng hợp, tham mưu Ban Lãnh đạo báo cáo theo quy định.';
    const { tasks, warnings } = run([{ id: 'IV', kind: 'muc', heading: 'TỔ CHỨC THỰC HIỆN', children: [{ id: 'IV.1', kind: 'khoan', heading }] }]);
    expect(warnings).toEqual([]);
    expect(tasks.map(core)).toEqual([
      {
        text: 'Chánh Văn phòng, các Trưởng Phòng Nghiệp vụ thuộc Thanh tra tỉnh căn cứ chức năng, nhiệm vụ được giao, tổ chức triển khai thực hiện các nội dung tại kế hoạch này.',
        lead: ['Chánh Văn phòng', 'các Trưởng Phòng Nghiệp vụ thuộc Thanh tra tỉnh'],
        support: [],
        kind: 'assignment',
        leadFrom: 'text',
      },
      // a report without a subject of its own: the units of the sentence before it report
      {
        text: 'Báo cáo kết quả thực hiện định kỳ (6 tháng trước ngày 05/5, 09 tháng trước ngày 05/9 và năm trước ngày 20/10/2025) về Văn phòng để tổng hợp, tham mưu Ban Lãnh đạo báo cáo theo quy định.',
        lead: ['Chánh Văn phòng', 'các Trưởng Phòng Nghiệp vụ thuộc Thanh tra tỉnh'],
        support: [],
        kind: 'report',
        leadFrom: 'text',
      },
    ]);
    expect(tasks[1]!.deadlines.map((d) => [d.kind, d.date, d.yearInferred])).toEqual([
      ['date', '2025-05-05', true],
      ['date', '2025-09-05', true],
      ['date', '2025-10-20', false],
    ]);
  });
});

describe('labelled lines (lead from the label)', () => {
  it('"Đơn vị thực hiện: X chủ trì phối hợp Y" and "Thời gian thực hiện" apply to the khoản (001 II.5)', () => {
    const { tasks } = run(
      [
        {
          id: 'II',
          kind: 'muc',
          heading: 'NỘI DUNG THỰC HIỆN',
          children: [
            {
              id: 'II.5',
              kind: 'khoan',
              heading: 'Thực hiện tốt công tác dân vận trong triển khai thực hiện các công trình, dự án đầu tư phát triển kinh tế - xã hội.',
              paragraphs: ['Thực hiện công khai, minh bạch về dự án đầu tư. Tiếp tục tháo gỡ những khó khăn, vướng mắc, đẩy nhanh tiến độ thi công các công trình, dự án trọng điểm.'],
              children: [
                { id: 'II.5.-1', kind: 'bullet', heading: 'Đơn vị thực hiện: Phòng Tổng hợp, Quy hoạch, Kế hoạch chủ trì phối hợp các phòng đơn vị có liên quan.' },
                { id: 'II.5.-2', kind: 'bullet', heading: 'Thời gian thực hiện: Thường xuyên.' },
              ],
            },
          ],
        },
      ],
      PLAN_2022,
    );
    expect(tasks).toEqual([
      {
        sectionId: 'II.5',
        kind: 'assignment',
        text: 'Thực hiện tốt công tác dân vận trong triển khai thực hiện các công trình, dự án đầu tư phát triển kinh tế - xã hội.',
        lead: ['Phòng Tổng hợp, Quy hoạch, Kế hoạch'],
        support: ['các phòng đơn vị có liên quan'],
        leadFrom: 'label',
        deadlines: [{ kind: 'ongoing', raw: 'Thường xuyên', date: null, yearInferred: false, recurrence: null, rrule: null, reportingPeriod: null }],
        location: 'body',
        reportTo: [],
        reportVia: [],
        // without the plan's issuer, keys are the match keys of the names
        units: [
          { role: 'lead', name: 'Phòng Tổng hợp, Quy hoạch, Kế hoạch', key: 'phòng tổng hợp, quy hoạch, kế hoạch', standsFor: null, person: null, title: null },
          { role: 'support', name: 'các phòng đơn vị có liên quan', key: 'các phòng đơn vị có liên quan', standsFor: null, person: null, title: null },
        ],
        range: tasks[0]!.range,
      },
    ]);
  });

  it.each<[string, string[]]>([
    ['Đơn vị thực hiện: Các phòng, đơn vị trực thuộc Sở.', ['Các phòng, đơn vị trực thuộc Sở']],
    ['Đơn vị thực hiện: Các phòng, đơn vị trực thuộc thực hiện theo chức năng nhiệm vụ được giao.', ['Các phòng, đơn vị trực thuộc']],
    ['Đơn vị thực hiện: Các phòng, đơn vị theo chức năng nhiệm vụ được giao.', ['Các phòng, đơn vị']],
    ['Đơn vị thực hiện: Thanh tra Sở', ['Thanh tra Sở']],
    ['Đơn vị chủ trì: Văn phòng Sở.', ['Văn phòng Sở']],
  ])('lead of "%s"', (label, lead) => {
    const { tasks } = run([
      {
        id: 'II',
        kind: 'muc',
        heading: 'NỘI DUNG THỰC HIỆN',
        children: [
          {
            id: 'II.4',
            kind: 'khoan',
            heading: 'Tăng cường công tác tiếp công dân, đối thoại, giải quyết kiến nghị, đơn thư khiếu nại, tố cáo.',
            children: [{ id: 'II.4.-1', kind: 'bullet', heading: label }],
          },
        ],
      },
    ]);
    expect(tasks.map((t) => [t.lead, t.leadFrom, t.sectionId])).toEqual([[lead, 'label', 'II.4']]);
  });

  it('"Đơn vị chủ trì" and "Đơn vị phối hợp" lines as paragraphs, with a time label', () => {
    const { tasks } = run([
      {
        id: 'II',
        kind: 'muc',
        heading: 'NỘI DUNG THỰC HIỆN',
        children: [
          {
            id: 'II.3',
            kind: 'khoan',
            heading: 'Đẩy mạnh thực hiện cải cách hành chính; nâng cao hiệu lực hiệu quả quản lý hành chính Nhà nước trên các lĩnh vực.',
            paragraphs: ['Đơn vị chủ trì: Văn phòng Sở.', 'Đơn vị phối hợp: Thanh tra Sở, các phòng đơn vị có liên quan.', 'Thời gian thực hiện: Quý IV/2022.'],
          },
        ],
      },
    ]);
    expect(tasks.map((t) => [t.lead, t.support, t.leadFrom, t.deadlines.map((d) => [d.kind, d.raw, d.date])])).toEqual([
      [['Văn phòng Sở'], ['Thanh tra Sở', 'các phòng đơn vị có liên quan'], 'label', [['period', 'Quý IV/2022', '2022-12-31']]],
    ]);
  });

  it('a time label alone gives its deadlines to the tasks of its section (002 III.2)', () => {
    const { tasks } = run([
      {
        id: 'III',
        kind: 'muc',
        heading: 'NỘI DUNG VÀ PHƯƠNG PHÁP THỰC HIỆN',
        children: [
          {
            id: 'III.2',
            kind: 'khoan',
            heading: 'Thực hiện nề nếp quy chế công tác dân vận trong cơ quan.',
            paragraphs: ['Thời gian thực hiện: Thường xuyên.'],
            children: [
              { id: 'III.2.-1', kind: 'bullet', heading: '*Giao Tổ Công vụ tham mưu kiểm tra kỷ luật, kỷ cương hành chính của công chức cơ quan.*' },
              {
                id: 'III.2.-2',
                kind: 'bullet',
                heading: '*Giao Phòng Nghiệp vụ 4 tham mưu kiểm tra nội bộ việc xây dựng và thực hiện các chế độ, định mức, tiêu chuẩn trong quản lý, sử dụng kinh phí ngân sách nhà nước trước ngày 15/12/2025.*',
              },
            ],
          },
        ],
      },
    ]);
    expect(tasks.map((t) => [t.lead, t.leadFrom, t.deadlines.map((d) => d.raw)])).toEqual([
      [['Tổ Công vụ'], 'text', ['Thường xuyên']],
      [['Phòng Nghiệp vụ 4'], 'text', ['trước ngày 15/12/2025']],
    ]);
  });
});

describe('headings naming a unit (lead from the heading)', () => {
  it('each child item of "1. Đối với Văn phòng Sở" is a task of that unit', () => {
    const { tasks } = run(
      [
        {
          id: 'III',
          kind: 'muc',
          heading: 'TỔ CHỨC THỰC HIỆN',
          children: [
            {
              id: 'III.1',
              kind: 'khoan',
              heading: 'Đối với Văn phòng Sở',
              children: [
                {
                  id: 'III.1.a',
                  kind: 'diem',
                  heading: 'Theo dõi, đôn đốc, kiểm tra việc xây dựng và triển khai thực hiện kế hoạch của các phòng, đơn vị thuộc Sở.',
                },
                {
                  id: 'III.1.b',
                  kind: 'diem',
                  heading: 'Phối hợp với Thanh tra Sở kiểm tra việc thực hiện công tác dân vận chính quyền của Sở Công Thương.',
                },
                {
                  id: 'III.1.c',
                  kind: 'diem',
                  heading: 'Định kỳ 6 tháng và cuối năm tổng hợp báo cáo kết quả thực hiện cho UBND tỉnh theo quy định.',
                },
                // shared corpus (QĐ 1696): a time before "báo cáo" makes it a report
                { id: 'III.1.d', kind: 'diem', heading: 'Định kỳ hàng năm báo cáo Ủy ban nhân dân tỉnh hoặc đột xuất theo yêu cầu.' },
                // shared corpus (UBND công văn): "phối hợp chặt chẽ với"
                {
                  id: 'III.1.đ',
                  kind: 'diem',
                  heading: 'Phối hợp chặt chẽ với các đơn vị chức năng thuộc Bộ Quốc phòng, Sở Công Thương, Công an tỉnh quản lý chặt chẽ việc sử dụng vật liệu nổ công nghiệp.',
                },
              ],
            },
            {
              id: 'III.2',
              kind: 'khoan',
              heading: 'Sở Tài chính',
              paragraphs: ['Bố trí kinh phí thực hiện Kế hoạch theo quy định.'],
            },
            {
              id: 'III.3',
              kind: 'khoan',
              heading: 'Các phòng, đơn vị thuộc Sở có trách nhiệm:',
              children: [
                {
                  id: 'III.3.-1',
                  kind: 'bullet',
                  heading: 'Xây dựng Kế hoạch thực hiện công tác dân vận chính quyền năm 2022 tại đơn vị.',
                },
                {
                  id: 'III.3.-2',
                  kind: 'bullet',
                  heading: 'Giao Trưởng các phòng, các đơn vị thuộc Sở tăng cường sự chỉ đạo, điều hành.',
                },
              ],
            },
          ],
        },
      ],
      PLAN_2022,
    );
    expect(tasks.map((t) => [t.sectionId, t.lead, t.support, t.leadFrom, t.kind])).toEqual([
      ['III.1.a', ['Văn phòng Sở'], [], 'heading', 'assignment'],
      ['III.1.b', ['Văn phòng Sở'], ['Thanh tra Sở'], 'heading', 'assignment'],
      ['III.1.c', ['Văn phòng Sở'], [], 'heading', 'report'],
      ['III.1.d', ['Văn phòng Sở'], [], 'heading', 'report'],
      ['III.1.đ', ['Văn phòng Sở'], ['các đơn vị chức năng thuộc Bộ Quốc phòng', 'Sở Công Thương', 'Công an tỉnh'], 'heading', 'assignment'],
      ['III.2', ['Sở Tài chính'], [], 'heading', 'assignment'],
      ['III.3.-1', ['Các phòng, đơn vị thuộc Sở'], [], 'heading', 'assignment'],
      // an item that names its own lead keeps it
      ['III.3.-2', ['Trưởng các phòng, các đơn vị thuộc Sở'], [], 'text', 'assignment'],
    ]);
    expect(tasks[2]!.deadlines.map((d) => [d.kind, d.recurrence, d.date])).toEqual([
      ['recurring', 'P6M', null],
      ['period', null, '2022-12-31'],
    ]);
  });
});

describe('preamble', () => {
  it('does not read the plan announcing itself as a task, but does read "Giao …"', () => {
    const { tasks } = run(
      [],
      PLAN_2025,
      [
        'Thực hiện Kế hoạch số 68/KH-UBND ngày 25/02/2025 của UBND tỉnh về thực hiện công tác Dân vận chính quyền năm 2025, Thanh tra tỉnh căn cứ chức năng, nhiệm vụ và tình hình thực tế của cơ quan, xây dựng kế hoạch triển khai thực hiện như sau:',
        'Giao Văn phòng tham mưu công tác cải cách hành chính.',
      ],
    );
    expect(tasks.map((t) => [t.sectionId, t.lead, t.text])).toEqual([[null, ['Văn phòng'], 'Giao Văn phòng tham mưu công tác cải cách hành chính.']]);
  });
});

describe('warnings', () => {
  it('gives absolute ranges for a bad deadline in a task', () => {
    const built = layOut(inKhoan('Giao Văn phòng tổng hợp báo cáo gửi UBND tỉnh trước ngày 31/4/2025.'));
    const { tasks, warnings } = extractTasks(built.preamble, built.sections, PLAN_2025);
    expect(tasks[0]!.deadlines).toEqual([{ kind: 'date', raw: 'trước ngày 31/4/2025', date: null, yearInferred: false, recurrence: null, rrule: null, reportingPeriod: null }]);
    expect(warnings.map((w) => [w.code, built.doc.slice(w.range!.start, w.range!.end)])).toEqual([['tasks/invalid-date', 'trước ngày 31/4/2025']]);
  });
});

// a guard against catastrophic backtracking: a hang fails by the test's time limit (speed is measured in the bench)
describe('long adversarial paragraph', () => {
  it('finishes', () => {
    const sentence =
      'Giao Văn phòng, các Phòng Nghiệp vụ thuộc Thanh tra tỉnh căn cứ chức năng nhiệm vụ được giao tham mưu công tác thanh tra; Chủ trì, phối hợp với Văn phòng kiểm tra trước ngày 05/5, định kỳ 6 tháng và cuối năm báo cáo về Sở Nội vụ. ';
    const noise = 'Văn phòng, '.repeat(3_000) + 'các phòng, đơn vị '.repeat(3_000) + 'Căn cứ, '.repeat(3_000);
    const built = layOut(inKhoan(sentence.repeat(500) + noise));
    const { tasks } = extractTasks(built.preamble, built.sections, PLAN_2025);
    expect(tasks.length).toBe(500);
  }, 10_000);
});
