# ruff: noqa: E501
"""Economy and investment stories. All text written by the ttdn project for the demo."""

from __future__ import annotations

from ..base import Story, T

STORIES = [
    Story(
        "eco-fdi-inflow",
        "economy",
        "positive",
        count=7,
        wire=True,
        slots={"place": "industry", "pct": (6, 19), "n": (22, 34), "investor": "investor"},
        texts={
            "vi": T(
                [
                    "Vốn FDI đăng ký tăng {pct}%, {investor} dẫn đầu nhóm nhà đầu tư",
                    "Thu hút FDI khởi sắc: vốn đăng ký đạt {n} tỷ USD",
                ],
                [
                    "Theo số liệu của Cục Đầu tư nước ngoài công bố ngày {date_vi}, tổng vốn đầu tư trực tiếp nước ngoài đăng ký vào Việt Nam từ đầu năm đạt khoảng {n} tỷ USD, tăng {pct}% so với cùng kỳ năm trước.",
                    "Tính đến ngày {date_vi}, tổng vốn FDI đăng ký vào Việt Nam đạt khoảng {n} tỷ USD, tăng {pct}% so với cùng kỳ, theo Bộ Tài chính.",
                ],
                [
                    "Công nghiệp chế biến, chế tạo tiếp tục thu hút nhiều vốn nhất, tiếp theo là sản xuất, phân phối điện và kinh doanh bất động sản. {investor} đứng đầu trong số các đối tác có vốn đầu tư mới.",
                    "{investor} là nhà đầu tư lớn nhất trong giai đoạn này, chủ yếu rót vốn vào điện tử, linh kiện và năng lượng tái tạo.",
                ],
                "{place_full}{place_note} nằm trong nhóm địa phương thu hút nhiều vốn nhất nhờ hạ tầng khu công nghiệp đồng bộ và thủ tục hành chính được rút gọn.",
                "Vốn FDI giải ngân cũng tăng khá, cho thấy các dự án đang triển khai đúng tiến độ.",
            ),
            "en": T(
                [
                    "Vietnam's registered FDI rises {pct}% as {investor} leads investors",
                    "Foreign investment into Vietnam reaches ${n} billion",
                ],
                [
                    "Registered foreign direct investment in Vietnam reached about ${n} billion since the start of the year, up {pct}% from a year earlier, according to official data released on {date_en}.",
                    "Vietnam attracted around ${n} billion in registered FDI so far this year, a {pct}% increase year on year, the finance ministry said on {date_en}.",
                ],
                [
                    "Processing and manufacturing took the largest share, followed by power generation and real estate. {investor} was the top source of new capital.",
                    "Investors from {investor} led the tally, putting money mainly into electronics, components and renewable energy.",
                ],
                "{place_full}{place_note} was among the top destinations thanks to ready industrial parks and faster licensing.",
                "Disbursed FDI also rose, suggesting projects are being implemented on schedule.",
            ),
            "ja": T(
                "ベトナムへの外国直接投資、{pct}%増加",
                "ベトナム財務省によると、年初からの外国直接投資（FDI）の認可額は約{n}0億ドルとなり、前年同期比{pct}%増加した。",
                "製造業が最も多く、電力や不動産が続いた。日本企業は電子部品や物流分野で投資を拡大している。",
                "実行額も増えており、計画通りに事業が進んでいることを示している。",
            ),
            "ko": T(
                "베트남 외국인직접투자 {pct}% 증가…제조업 중심",
                "베트남 재무부에 따르면 올해 들어 외국인직접투자(FDI) 등록액은 약 {n}0억 달러로 전년 동기 대비 {pct}% 늘었다.",
                "제조업이 가장 큰 비중을 차지했으며 한국 기업들은 전자 부품과 배터리 분야 투자를 확대하고 있다.",
                "실제 집행액도 늘어 사업이 계획대로 진행되고 있는 것으로 분석된다.",
            ),
            "zh": T(
                "越南外国直接投资同比增长{pct}%",
                "据越南财政部数据，今年以来越南吸引外国直接投资注册额约{n}0亿美元，同比增长{pct}%。",
                "加工制造业吸引投资最多，其次是电力和房地产。新加坡、韩国和日本位居投资来源地前列。",
                "实际到位资金也有所增加，显示项目进展顺利。",
            ),
        },
    ),
    Story(
        "eco-chip-plant",
        "economy",
        "positive",
        count=6,
        slots={"place": "industry", "n": (300, 950), "jobs": (2, 9)},
        texts={
            "vi": T(
                [
                    "Nhà máy đóng gói chip vốn {n} triệu USD khởi công tại {place}",
                    "{place} đón dự án bán dẫn quy mô {n} triệu USD",
                ],
                [
                    "Ngày {date_vi}, một tập đoàn công nghệ nước ngoài đã khởi công nhà máy kiểm thử và đóng gói chip bán dẫn tại {place_full}{place_note}, tổng vốn đầu tư khoảng {n} triệu USD.",
                    "{place_full}{place_note} vừa trao giấy chứng nhận đầu tư cho dự án sản xuất linh kiện bán dẫn trị giá {n} triệu USD.",
                ],
                [
                    "Dự kiến khi đi vào hoạt động, nhà máy sẽ tạo việc làm cho khoảng {jobs} nghìn lao động, phần lớn là kỹ sư và kỹ thuật viên.",
                    "Nhà máy sẽ tuyển khoảng {jobs} nghìn lao động; doanh nghiệp cam kết phối hợp với các trường đại học để đào tạo kỹ sư.",
                ],
                "Lãnh đạo địa phương cho biết tỉnh sẵn sàng bảo đảm điện, nước và hạ tầng để dự án triển khai đúng tiến độ.",
            ),
            "en": T(
                [
                    "Chip packaging plant worth ${n} million breaks ground in {place}",
                    "{place} lands ${n} million semiconductor project",
                ],
                "A foreign technology group broke ground on {date_en} on a chip testing and packaging plant in {place_full}{place_note}, with total investment of around ${n} million.",
                [
                    "The plant is expected to employ about {jobs},000 people, most of them engineers and technicians.",
                    "The company says it will hire around {jobs},000 staff and work with local universities to train engineers.",
                ],
                "Local officials pledged stable power and water supply, a concern for investors after outages in previous summers.",
            ),
            "ko": T(
                "한국 기업, 베트남 {place_full}에 반도체 후공정 공장 착공",
                "한국의 한 반도체 기업이 {date_ko} 베트남 {place_full}에서 수억 달러 규모의 반도체 패키징 공장을 착공했다.",
                "공장이 가동되면 약 {jobs}천 명의 일자리가 생길 것으로 예상된다.",
                "베트남 정부는 반도체 인력 5만 명 양성을 목표로 하고 있다.",
            ),
            "ja": T(
                "日系企業、ベトナムの{place_full}で半導体工場を着工",
                "日系の電子部品メーカーは{date_cjk}、ベトナムの{place_full}で半導体の検査・パッケージング工場の起工式を行った。投資額は数億ドル規模。",
                "稼働後は約{jobs}千人を雇用する計画で、現地の大学と技術者育成でも連携する。",
                "ベトナムは半導体サプライチェーンの新たな拠点として注目を集めている。",
            ),
        },
    ),
    Story(
        "eco-garment-orders-fall",
        "economy",
        "negative",
        count=5,
        slots={"place": "industry", "pct": (8, 25)},
        texts={
            "vi": T(
                [
                    "Doanh nghiệp dệt may thiếu đơn hàng, lao động bị giảm giờ làm",
                    "Đơn hàng dệt may giảm {pct}%, nhiều công nhân mất thu nhập",
                ],
                "Nhiều doanh nghiệp dệt may tại {place_full}{place_note} cho biết đơn hàng quý cuối năm giảm khoảng {pct}% so với cùng kỳ, buộc họ phải cắt giảm giờ làm và tạm dừng một số dây chuyền.",
                [
                    "Nguyên nhân chính là sức mua tại các thị trường lớn yếu đi và khách hàng chuyển một phần đơn sang nước khác có chi phí thấp hơn.",
                    "Giám đốc một công ty may cho biết khách hàng ngày càng đòi hỏi giao hàng nhanh với giá thấp, trong khi chi phí nguyên liệu và vận chuyển tăng.",
                ],
                "Liên đoàn Lao động tỉnh đang rà soát để hỗ trợ công nhân bị ảnh hưởng, nhất là lao động nữ có con nhỏ.",
            ),
            "en": T(
                [
                    "Vietnam's garment makers cut shifts as orders dry up",
                    "Textile orders down {pct}% in Vietnamese industrial hub",
                ],
                "Garment factories in {place_full}{place_note} say orders for the final quarter are down about {pct}% from a year earlier, forcing them to cut working hours and idle some lines.",
                [
                    "Weak demand in major markets and buyers shifting orders to cheaper locations are to blame, managers say.",
                    "One factory director said buyers wanted faster delivery at lower prices while material and freight costs kept rising.",
                ],
                "The provincial labour federation is reviewing support for affected workers.",
            ),
            "ru": T(
                "Вьетнамские швейные фабрики сокращают смены из-за нехватки заказов",
                "Швейные предприятия {place_in} сообщают о снижении заказов на четвёртый квартал примерно на {pct}% по сравнению с прошлым годом.",
                "Причины — слабый спрос на крупных рынках и перенос части заказов в страны с более низкими издержками.",
                "Местные профсоюзы обещают поддержать работников, потерявших часть заработка.",
            ),
        },
    ),
    Story(
        "eco-rice-exports",
        "economy",
        "neutral",
        count=5,
        wire=True,
        slots={"place": "mekong", "n": (6, 9), "price": (380, 520)},
        texts={
            "vi": T(
                [
                    "Xuất khẩu gạo đạt {n} triệu tấn, giá bình quân giảm nhẹ",
                    "Gạo Việt giữ vững thị phần dù giá xuất khẩu đi xuống",
                ],
                "Từ đầu năm đến ngày {date_vi}, Việt Nam xuất khẩu khoảng {n} triệu tấn gạo; giá bình quân khoảng {price} USD/tấn, thấp hơn cùng kỳ năm trước.",
                [
                    "Philippines, Indonesia và các nước châu Phi vẫn là những thị trường chính. Gạo thơm và gạo chất lượng cao chiếm tỷ trọng ngày càng lớn.",
                    "Doanh nghiệp ở {place_full}{place_note} cho biết giá lúa tại ruộng giảm khiến nông dân lãi ít hơn, dù sản lượng vẫn ổn định.",
                ],
                "Hiệp hội Lương thực khuyến nghị doanh nghiệp đa dạng hóa thị trường và đầu tư vào chế biến sâu.",
            ),
            "en": T(
                "Vietnam's rice exports reach {n} million tonnes as prices soften",
                "Vietnam exported around {n} million tonnes of rice this year up to {date_en}, at an average price of about ${price} a tonne, lower than a year earlier.",
                [
                    "The Philippines, Indonesia and African countries remain the main buyers, while fragrant and high-quality varieties are taking a growing share.",
                    "Traders in {place_full}{place_note} say lower farm-gate prices have squeezed growers' margins even though output is steady.",
                ],
                "The food association urged exporters to diversify markets and invest in processing.",
            ),
            "th": T(
                "เวียดนามส่งออกข้าวแล้ว {n} ล้านตัน แข่งขันกับไทยในตลาดเอเชีย",
                "เวียดนามส่งออกข้าวได้ราว {n} ล้านตันนับตั้งแต่ต้นปี ราคาเฉลี่ยประมาณ {price} ดอลลาร์ต่อตัน",
                "ฟิลิปปินส์และอินโดนีเซียยังคงเป็นตลาดหลัก ผู้ส่งออกไทยจับตาการแข่งขันด้านราคาอย่างใกล้ชิด",
            ),
            "zh": T(
                "越南今年大米出口达{n}00万吨",
                "今年以来，越南大米出口量约{n}00万吨，平均出口价格约为每吨{price}美元，较去年同期有所下降。",
                "菲律宾、印度尼西亚和非洲国家仍是主要市场，香米和优质大米所占比重不断提高。",
            ),
        },
    ),
    Story(
        "eco-power-shortage-worry",
        "economy",
        "negative",
        count=3,
        slots={"place": "industry"},
        texts={
            "vi": T(
                "Doanh nghiệp lo thiếu điện mùa khô, đề nghị công bố sớm kế hoạch cấp điện",
                "Tại buổi đối thoại ngày {date_vi}, nhiều doanh nghiệp FDI ở {place_full}{place_note} bày tỏ lo ngại nguy cơ thiếu điện vào mùa khô tới, khi nhu cầu tăng mạnh.",
                [
                    "Đại diện một hiệp hội doanh nghiệp nước ngoài cho biết các đợt cắt điện trước đây đã làm gián đoạn sản xuất và ảnh hưởng uy tín giao hàng.",
                    "Các doanh nghiệp đề nghị ngành điện công bố sớm kế hoạch cung ứng để chủ động bố trí sản xuất.",
                ],
                "Đại diện ngành điện cho biết đang đẩy nhanh các dự án nguồn và lưới truyền tải, đồng thời khuyến khích doanh nghiệp lắp điện mặt trời mái nhà tự dùng.",
            ),
            "en": T(
                "Manufacturers in Vietnam fear dry-season power cuts",
                "Foreign manufacturers in {place_full}{place_note} told a dialogue with officials on {date_en} that they feared power shortages during the coming dry season.",
                "A business association representative said previous outages had disrupted production and damaged delivery schedules, and asked for an early supply plan.",
                "The power utility said it was speeding up new generation and transmission projects.",
            ),
            "ja": T(
                "ベトナム進出日系企業、乾季の電力不足を懸念",
                "ベトナムの{place_full}に進出する日系企業などが{date_cjk}の対話会で、乾季の電力不足への懸念を表明した。",
                "過去の計画停電で生産に支障が出たとして、電力供給計画の早期公表を求めた。",
            ),
        },
    ),
    Story(
        "eco-growth-forecast",
        "economy",
        "neutral",
        count=6,
        wire=True,
        slots={"g1": (5, 7), "g2": (0, 9)},
        texts={
            "vi": T(
                [
                    "Tổ chức quốc tế dự báo tăng trưởng GDP Việt Nam đạt {g1},{g2}%",
                    "Kinh tế Việt Nam được dự báo tăng {g1},{g2}% năm nay",
                ],
                "Trong báo cáo cập nhật công bố ngày {date_vi}, một tổ chức tài chính quốc tế dự báo GDP của Việt Nam năm nay tăng khoảng {g1},{g2}%, thuộc nhóm cao nhất khu vực.",
                [
                    "Báo cáo đánh giá xuất khẩu và đầu tư công là động lực chính, nhưng cảnh báo rủi ro từ căng thẳng thương mại toàn cầu.",
                    "Theo báo cáo, tiêu dùng trong nước phục hồi chậm hơn kỳ vọng, trong khi xuất khẩu vẫn giữ được đà tăng.",
                ],
                "Các chuyên gia khuyến nghị tiếp tục cải cách thể chế và đẩy nhanh giải ngân vốn đầu tư công.",
            ),
            "en": T(
                [
                    "Lender sees Vietnam's economy growing {g1}.{g2}% this year",
                    "Vietnam's growth forecast at {g1}.{g2}% despite trade headwinds",
                ],
                "An international lender forecast on {date_en} that Vietnam's economy would grow about {g1}.{g2}% this year, among the fastest rates in the region.",
                [
                    "Exports and public investment are the main drivers, the report said, but it warned of risks from global trade tensions.",
                    "Domestic consumption has recovered more slowly than expected, while exports have held up, according to the report.",
                ],
                "It recommended further institutional reform and faster disbursement of public investment.",
            ),
            "fr": T(
                "La croissance vietnamienne attendue à {g1},{g2} % cette année",
                "Une institution financière internationale a relevé le {date_fr} sa prévision de croissance pour le Vietnam à environ {g1},{g2} %, l'un des rythmes les plus élevés de la région.",
                "Les exportations et l'investissement public tirent l'activité, mais les tensions commerciales mondiales restent un risque majeur.",
            ),
            "es": T(
                "Prevén que la economía de Vietnam crezca un {g1},{g2} % este año",
                "Un organismo financiero internacional estimó el {date_es} que el producto interior bruto de Vietnam crecerá alrededor de un {g1},{g2} % este año.",
                "Las exportaciones y la inversión pública impulsan la actividad, aunque las tensiones comerciales globales suponen un riesgo.",
            ),
            "de": T(
                "Vietnams Wirtschaft soll um {g1},{g2} Prozent wachsen",
                "Eine internationale Finanzinstitution rechnet für Vietnam in diesem Jahr mit einem Wachstum von rund {g1},{g2} Prozent, wie sie am {date_de} mitteilte.",
                "Exporte und staatliche Investitionen seien die wichtigsten Treiber, hieß es. Handelskonflikte blieben jedoch ein Risiko.",
            ),
        },
    ),
    Story(
        "eco-border-trade",
        "economy",
        "neutral",
        count=5,
        slots={"n": (400, 1200)},
        texts={
            "vi": T(
                [
                    "Cửa khẩu Hữu Nghị thông quan hơn {n} xe hàng mỗi ngày",
                    "Sầu riêng xuất khẩu qua Lạng Sơn tăng mạnh vào mùa",
                ],
                "Những ngày gần đây, trung bình mỗi ngày có khoảng {n} phương tiện chở hàng làm thủ tục thông quan qua các cửa khẩu ở Lạng Sơn, chủ yếu là trái cây và nông sản.",
                [
                    "Lực lượng chức năng bố trí làm việc cả ngày nghỉ, áp dụng tờ khai điện tử để giảm ùn tắc.",
                    "Nhờ cửa khẩu số, thời gian chờ thông quan của mỗi xe đã giảm đáng kể so với năm trước.",
                ],
                "Doanh nghiệp được khuyến cáo tuân thủ chặt yêu cầu về mã số vùng trồng và kiểm dịch để tránh bị trả hàng.",
            ),
            "zh": T(
                ["中越边境口岸通关车辆日均超{n}辆", "越南榴莲经谅山口岸大量出口"],
                "近日，越南谅山省各口岸日均通关货车约{n}辆，主要运输水果和农产品。",
                ["口岸部门延长工作时间并推行电子申报，以减少拥堵。", "智慧口岸建设使每辆货车的通关等待时间明显缩短。"],
                "越方提醒企业严格遵守种植区编码和检疫要求。",
            ),
            "en": T(
                "Durian trucks queue at Vietnam-China border as exports peak",
                "About {n} cargo trucks a day have been clearing customs at border gates in Lang Son province in recent days, most of them carrying fruit and farm produce.",
                "Officials have extended working hours and introduced electronic declarations to ease congestion.",
            ),
        },
    ),
    Story(
        "eco-stock-upgrade",
        "economy",
        "neutral",
        count=4,
        texts={
            "vi": T(
                [
                    "Thị trường chứng khoán chuẩn bị cho lộ trình nâng hạng",
                    "Nhà đầu tư ngoại kỳ vọng dòng vốn mới sau khi nâng hạng thị trường",
                ],
                "Các công ty chứng khoán cho biết đến {date_vi}, nhiều quỹ đầu tư nước ngoài đã liên hệ tìm hiểu thị trường Việt Nam sau khi lộ trình nâng hạng lên thị trường mới nổi được xác nhận.",
                [
                    "Tuy vậy, chuyên gia lưu ý dòng vốn sẽ vào dần và phụ thuộc vào việc cải thiện khả năng tiếp cận thị trường, minh bạch thông tin bằng tiếng Anh.",
                    "Cơ quan quản lý cho biết đang hoàn thiện hệ thống giao dịch và quy trình thanh toán để đáp ứng tiêu chuẩn quốc tế.",
                ],
            ),
            "en": T(
                "Foreign funds eye Vietnam as market upgrade approaches",
                "Brokerages say foreign funds have been making enquiries about Vietnam's stock market ahead of its planned reclassification to emerging-market status.",
                "Analysts caution that inflows will come gradually and depend on better market access and more English-language disclosure.",
            ),
            "zh": T(
                "越南股市升级在即 外资关注度上升",
                "越南多家证券公司表示，随着股市升级为新兴市场的路线图确定，越来越多外国基金前来了解越南市场。",
                "分析人士提醒，资金流入将是渐进的，取决于市场准入和信息披露的改善。",
            ),
        },
    ),
]
