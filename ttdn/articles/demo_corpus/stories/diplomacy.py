# ruff: noqa: E501
"""Diplomacy and defence stories. All text written by the ttdn project for the demo."""

from __future__ import annotations

from ..base import Story, T

STORIES = [
    Story(
        "dip-partnership-upgrade",
        "diplomacy",
        "positive",
        count=7,
        slots={"partner": "partner", "n": (12, 40)},
        texts={
            "vi": T(
                [
                    "Việt Nam và {partner} nâng cấp quan hệ lên Đối tác chiến lược toàn diện",
                    "Quan hệ Việt Nam - {partner} bước sang giai đoạn mới",
                    "Hai bên ra Tuyên bố chung về nâng cấp quan hệ Việt Nam - {partner}",
                ],
                [
                    "Chiều {date_vi}, tại Hà Nội, lãnh đạo cấp cao Việt Nam và {partner} đã ra Tuyên bố chung về việc nâng cấp quan hệ song phương, mở ra khuôn khổ hợp tác rộng hơn trên các lĩnh vực chính trị, kinh tế, khoa học công nghệ và giao lưu nhân dân.",
                    "Ngày {date_vi}, Việt Nam và {partner} chính thức nâng cấp quan hệ, sau nhiều năm hợp tác được hai bên đánh giá là thực chất và hiệu quả.",
                ],
                [
                    "Theo Tuyên bố chung, hai nước nhất trí duy trì trao đổi đoàn cấp cao thường xuyên, thiết lập thêm cơ chế đối thoại về kinh tế số và chuyển đổi năng lượng, đồng thời tạo thuận lợi cho hàng hóa của nhau tiếp cận thị trường.",
                    "Văn kiện nêu rõ hai bên sẽ tăng cường tin cậy chính trị, mở rộng hợp tác đầu tư, giáo dục, y tế và thúc đẩy các đường bay thẳng mới giữa hai nước.",
                ],
                "Kim ngạch thương mại song phương hiện đạt khoảng {n} tỷ USD mỗi năm. Hai bên đặt mục tiêu tăng đáng kể con số này trong 5 năm tới.",
                [
                    "Người phát ngôn Bộ Ngoại giao cho biết việc nâng cấp quan hệ phù hợp với đường lối đối ngoại độc lập, tự chủ, đa phương hóa, đa dạng hóa của Việt Nam.",
                    "Giới quan sát nhận định bước đi này khẳng định vị thế ngày càng cao của Việt Nam trong khu vực và trên thế giới.",
                ],
                extra=[
                    "Hai bên cũng trao đổi về các vấn đề quốc tế và khu vực cùng quan tâm, trong đó có việc bảo đảm hòa bình, ổn định, an ninh, an toàn và tự do hàng hải, hàng không ở Biển Đông trên cơ sở luật pháp quốc tế.",
                    "Nhân dịp này, các bộ, ngành và doanh nghiệp hai nước đã trao nhiều văn kiện hợp tác trong các lĩnh vực giáo dục, nông nghiệp và đổi mới sáng tạo.",
                ],
            ),
            "en": T(
                [
                    "Vietnam and {partner} elevate ties to comprehensive strategic partnership",
                    "Vietnam, {partner} upgrade relations in joint statement",
                    "New chapter for Vietnam-{partner} relations as leaders sign joint statement",
                ],
                [
                    "Vietnam and {partner} upgraded their relationship on {date_en}, with leaders in Hanoi signing a joint statement that widens cooperation in politics, trade, technology and people-to-people exchange.",
                    "Leaders of Vietnam and {partner} agreed on {date_en} to raise bilateral ties to the highest level in Hanoi's diplomatic framework.",
                ],
                [
                    "The statement commits both sides to regular high-level visits, new dialogues on the digital economy and the energy transition, and easier market access for each other's goods.",
                    "Under the agreement, the two countries will deepen political trust and expand investment, education and health cooperation, as well as open more direct flights.",
                ],
                "Two-way trade currently stands at around ${n} billion a year, and both governments say they want that figure to grow substantially within five years.",
                [
                    "A spokesperson for Vietnam's foreign ministry said the upgrade reflected the country's independent, multilateral and diversified foreign policy.",
                    "Analysts said the move underlined Vietnam's growing weight in regional diplomacy.",
                ],
                extra=[
                    "The leaders also discussed regional issues, including peace, stability and freedom of navigation in the East Sea (South China Sea) in line with international law.",
                    "Ministries and companies from both countries exchanged cooperation documents in education, agriculture and innovation on the sidelines of the talks.",
                ],
            ),
        },
    ),
    Story(
        "dip-asean-ministers",
        "diplomacy",
        "neutral",
        count=5,
        wire=True,
        slots={"n": (10, 11)},
        texts={
            "vi": T(
                [
                    "Hội nghị Bộ trưởng Ngoại giao ASEAN thảo luận tình hình khu vực",
                    "ASEAN nhất trí tăng cường đoàn kết, vai trò trung tâm",
                ],
                "Ngày {date_vi}, Hội nghị Bộ trưởng Ngoại giao ASEAN đã khai mạc với sự tham dự của đại diện {n} nước thành viên, tập trung thảo luận việc xây dựng Cộng đồng ASEAN và các thách thức an ninh khu vực.",
                [
                    "Phát biểu tại hội nghị, Trưởng đoàn Việt Nam nhấn mạnh ASEAN cần giữ vững đoàn kết, vai trò trung tâm và lập trường nguyên tắc về các vấn đề liên quan đến hòa bình, ổn định khu vực.",
                    "Trưởng đoàn Việt Nam đề nghị các nước thúc đẩy kết nối kinh tế nội khối, đồng thời đề cao giải quyết tranh chấp bằng biện pháp hòa bình.",
                ],
                "Các bộ trưởng cũng trao đổi về tiến trình đàm phán Bộ quy tắc ứng xử ở Biển Đông (COC), tình hình Myanmar và hợp tác ứng phó thiên tai.",
                "Hội nghị dự kiến thông qua Tuyên bố chung vào cuối ngày làm việc.",
            ),
            "en": T(
                [
                    "ASEAN foreign ministers meet as regional tensions simmer",
                    "ASEAN ministers stress unity at annual meeting",
                ],
                "Foreign ministers of the Association of Southeast Asian Nations opened their meeting on {date_en}, with delegations from {n} member states discussing community building and regional security.",
                [
                    "Vietnam's delegation urged the bloc to preserve its unity and central role, and to hold to its principled positions on regional peace and stability.",
                    "Vietnam's top delegate called for deeper economic integration within the bloc and for disputes to be settled by peaceful means.",
                ],
                "Ministers also reviewed negotiations on a Code of Conduct in the South China Sea, the situation in Myanmar and disaster-response cooperation.",
                "A joint communique is expected at the close of the meeting.",
            ),
            "fr": T(
                [
                    "Les ministres des Affaires étrangères de l'ASEAN réunis sur fond de tensions régionales",
                    "L'ASEAN affiche son unité lors de la réunion de ses chefs de la diplomatie",
                ],
                "Les ministres des Affaires étrangères de l'ASEAN ont ouvert leur réunion annuelle le {date_fr}, avec des délégations de {n} pays membres.",
                [
                    "La délégation vietnamienne a appelé l'organisation à préserver son unité et son rôle central face aux rivalités entre grandes puissances.",
                    "Le chef de la délégation du Vietnam a plaidé pour une intégration économique plus poussée et le règlement pacifique des différends.",
                ],
                "Les discussions ont porté sur le code de conduite en mer de Chine méridionale, la crise birmane et la coopération face aux catastrophes naturelles.",
                "Un communiqué commun est attendu en fin de journée.",
            ),
            "th": T(
                "รัฐมนตรีต่างประเทศอาเซียนหารือสถานการณ์ภูมิภาค",
                "การประชุมรัฐมนตรีต่างประเทศอาเซียนเปิดขึ้นแล้ว โดยมีผู้แทนจากประเทศสมาชิกเข้าร่วม เพื่อหารือเรื่องการสร้างประชาคมอาเซียนและความมั่นคงในภูมิภาค",
                "คณะผู้แทนเวียดนามเรียกร้องให้อาเซียนรักษาเอกภาพและบทบาทความเป็นแกนกลาง ขณะที่ที่ประชุมติดตามความคืบหน้าการเจรจาแนวปฏิบัติในทะเลจีนใต้",
                "คาดว่าที่ประชุมจะออกแถลงการณ์ร่วมในช่วงเย็น",
            ),
        },
    ),
    Story(
        "dip-mofa-briefing",
        "diplomacy",
        "neutral",
        count=6,
        slots={"partner": "partner"},
        texts={
            "vi": T(
                [
                    "Họp báo thường kỳ Bộ Ngoại giao: Việt Nam kiên quyết bảo vệ chủ quyền ở Biển Đông",
                    "Người phát ngôn Bộ Ngoại giao trả lời về tình hình Biển Đông và công tác bảo hộ công dân",
                    "Bộ Ngoại giao thông tin về chuyến thăm của lãnh đạo {partner}",
                ],
                [
                    "Tại cuộc họp báo thường kỳ của Bộ Ngoại giao chiều {date_vi} ở Hà Nội, Người phát ngôn đã trả lời câu hỏi của phóng viên trong và ngoài nước về nhiều vấn đề được dư luận quan tâm.",
                    "Chiều {date_vi}, Bộ Ngoại giao tổ chức họp báo thường kỳ tại Hà Nội, thông tin về các hoạt động đối ngoại sắp tới và trả lời câu hỏi của báo chí.",
                ],
                [
                    "Về tình hình Biển Đông, Người phát ngôn khẳng định Việt Nam có đầy đủ căn cứ pháp lý và bằng chứng lịch sử về chủ quyền đối với quần đảo Hoàng Sa và Trường Sa, đồng thời đề nghị các bên liên quan tôn trọng luật pháp quốc tế, đặc biệt là Công ước Liên hợp quốc về Luật Biển năm 1982.",
                    "Trả lời câu hỏi liên quan đến Biển Đông, Người phát ngôn nhắc lại lập trường nhất quán của Việt Nam là giải quyết các tranh chấp bằng biện pháp hòa bình, trên cơ sở luật pháp quốc tế và UNCLOS 1982.",
                ],
                "Người phát ngôn cũng cho biết lãnh đạo {partner} sẽ thăm Việt Nam trong thời gian tới; các bộ, ngành đang tích cực chuẩn bị nội dung hợp tác.",
                [
                    "Về công tác bảo hộ công dân, Bộ Ngoại giao đề nghị người dân cảnh giác với các lời mời làm việc lương cao ở nước ngoài không rõ nguồn gốc.",
                    "Liên quan đến công dân Việt Nam ở nước ngoài, cơ quan đại diện đã kịp thời liên hệ với nhà chức trách sở tại để hỗ trợ những người gặp khó khăn.",
                ],
            ),
            "en": T(
                [
                    "Foreign ministry reiterates Vietnam's sovereignty over Hoang Sa and Truong Sa",
                    "Vietnam urges respect for UNCLOS at weekly press briefing",
                    "Vietnam's foreign ministry briefs on upcoming visit by {partner} leader",
                ],
                [
                    "Vietnam's foreign ministry spokesperson told the regular press briefing in Hanoi on {date_en} that the country had full legal grounds and historical evidence for its sovereignty over the Hoang Sa (Paracel) and Truong Sa (Spratly) archipelagos.",
                    "At the weekly briefing in Hanoi on {date_en}, the foreign ministry spokesperson answered questions from domestic and foreign journalists on the East Sea and on citizen protection.",
                ],
                [
                    "The spokesperson called on all parties to respect international law, in particular the 1982 United Nations Convention on the Law of the Sea.",
                    "Vietnam's consistent position is to settle disputes by peaceful means on the basis of international law, the spokesperson said.",
                ],
                "The ministry also confirmed that a leader of {partner} would visit Vietnam soon, and that ministries were preparing cooperation agreements.",
                "On citizen protection, the ministry warned people against unverified offers of highly paid jobs abroad.",
            ),
        },
    ),
    Story(
        "dip-locality-twinning",
        "diplomacy",
        "positive",
        count=8,
        slots={"place": "any", "n": (3, 15)},
        texts={
            "vi": T(
                [
                    "{place_full} ký kết thỏa thuận hợp tác hữu nghị với địa phương nước ngoài",
                    "Mở rộng hợp tác quốc tế, {place} kết nghĩa với đối tác châu Á",
                ],
                [
                    "Ngày {date_vi}, lãnh đạo {place_full}{place_note} đã ký biên bản ghi nhớ thiết lập quan hệ hữu nghị và hợp tác với một tỉnh của Nhật Bản, mở ra cơ hội trong nông nghiệp công nghệ cao, du lịch và đào tạo nghề.",
                    "{place_full}{place_note} vừa ký thỏa thuận hợp tác với một địa phương của Hàn Quốc, tập trung vào đào tạo lao động, giao lưu văn hóa và thu hút đầu tư.",
                ],
                [
                    "Theo thỏa thuận, hai bên sẽ trao đổi đoàn công tác hằng năm, hỗ trợ doanh nghiệp kết nối và cấp học bổng cho sinh viên.",
                    "Hai địa phương thống nhất xây dựng chương trình hành động cụ thể, trong đó ưu tiên các dự án chuyển đổi số và phát triển nguồn nhân lực.",
                ],
                "Hiện {place} đã có quan hệ hợp tác với {n} địa phương nước ngoài. Sở Ngoại vụ cho biết công tác đối ngoại địa phương góp phần quảng bá hình ảnh tỉnh tới bạn bè quốc tế.",
            ),
            "en": T(
                [
                    "{place_full} signs friendship agreement with Japanese prefecture",
                    "{place} deepens local diplomacy with new partner region",
                ],
                [
                    "Authorities in {place_full}{place_note} signed a memorandum on {date_en} establishing friendship and cooperation with a Japanese prefecture, targeting high-tech farming, tourism and vocational training.",
                    "{place_full}{place_note} has signed a cooperation deal with a South Korean province focused on labour training, cultural exchange and investment.",
                ],
                "The two sides will exchange delegations every year, help businesses connect and offer scholarships to students.",
                "The locality now has cooperation ties with {n} foreign regions, according to its department of foreign affairs.",
            ),
            "ja": T(
                "ベトナムの{place_full}と友好交流協定を締結",
                "{date_cjk}、ベトナムの{place_full}と日本の県が友好交流に関する覚書に署名した。農業技術、観光、人材育成の分野で協力を進める。",
                [
                    "双方は毎年代表団を相互に派遣し、企業間の交流や留学生への奨学金支援にも取り組む方針だ。",
                    "県の担当者は「ベトナムは重要なパートナーであり、若者の交流を広げたい」と話している。",
                ],
                "ベトナムの地方政府は近年、日本や韓国の自治体との連携を積極的に進めている。",
            ),
            "ko": T(
                "한국 지자체, 베트남 {place_full}과 우호협력 협약 체결",
                "{date_ko} 한국의 한 지방자치단체가 베트남 {place_full}과 우호협력 협약을 맺었다. 양측은 직업훈련, 문화교류, 투자 유치 분야에서 협력하기로 했다.",
                [
                    "협약에 따라 양측은 매년 대표단을 교환하고 기업 간 교류를 지원할 계획이다.",
                    "지자체 관계자는 베트남과의 교류가 지역 기업의 해외 진출에도 도움이 될 것이라고 말했다.",
                ],
                "베트남에는 현재 약 {n}만 명의 한국 교민이 거주하고 있다.",
            ),
        },
    ),
    Story(
        "dip-citizens-evacuated",
        "diplomacy",
        "neutral",
        count=3,
        texts={
            "vi": T(
                [
                    "Bảo hộ công dân: đưa người lao động Việt Nam về nước an toàn",
                    "Cơ quan đại diện hỗ trợ công dân Việt Nam gặp nạn ở nước ngoài",
                ],
                "Bộ Ngoại giao cho biết đến ngày {date_vi}, các cơ quan chức năng đã phối hợp đưa nhiều công dân Việt Nam bị lừa làm việc tại các cơ sở cờ bạc trực tuyến ở khu vực biên giới về nước an toàn.",
                [
                    "Người lao động được tiếp nhận tại cửa khẩu, được kiểm tra sức khỏe và hỗ trợ phương tiện về địa phương.",
                    "Các nạn nhân được bố trí nơi ở tạm thời, hỗ trợ y tế và làm thủ tục về quê.",
                ],
                "Bộ Ngoại giao tiếp tục khuyến cáo người dân không nghe theo lời mời chào việc nhẹ lương cao trên mạng xã hội.",
            ),
            "en": T(
                "Vietnam repatriates citizens trapped in online scam compounds",
                "Vietnam's foreign ministry said on {date_en} that authorities had brought home a group of citizens who had been lured into working for online gambling and scam operations across the border.",
                "The workers were received at a border gate, given health checks and helped to return to their home provinces.",
                "The ministry again warned people against 'easy job, high pay' offers circulating on social media.",
            ),
        },
    ),
    Story(
        "dip-bamboo-diplomacy-analysis",
        "diplomacy",
        "negative",
        count=4,
        texts={
            "en": T(
                [
                    "Tariff pressure tests Vietnam's balancing act",
                    "Analysis: Hanoi's 'bamboo diplomacy' faces its hardest year",
                ],
                "Vietnam's policy of staying friends with every major power is under strain as trade frictions sharpen and export-dependent manufacturers face higher tariffs in their biggest markets.",
                [
                    "Diplomats in Hanoi say the government has moved fast to negotiate, but businesses complain that uncertainty over rules of origin has already cost them orders.",
                    "Some economists warn that Vietnam's large trade surplus with the United States makes it an easy target, whatever its diplomatic skill.",
                ],
                "Officials insist the approach remains sound, pointing to a string of upgraded partnerships over the past three years.",
            ),
            "fr": T(
                "La « diplomatie du bambou » vietnamienne à l'épreuve des tensions commerciales",
                "La politique vietnamienne consistant à ménager toutes les grandes puissances est mise à rude épreuve par la montée du protectionnisme.",
                [
                    "Les exportateurs redoutent de nouvelles barrières douanières, et plusieurs donneurs d'ordre ont déjà suspendu des commandes.",
                    "Pour certains économistes, l'excédent commercial du Vietnam vis-à-vis des États-Unis en fait une cible facile.",
                ],
                "Hanoï assure que sa ligne diplomatique reste la bonne et met en avant les partenariats rehaussés ces dernières années.",
            ),
            "de": T(
                "Vietnams Bambus-Diplomatie unter Druck",
                "Vietnam will mit allen Großmächten gute Beziehungen pflegen. Doch die Handelskonflikte machen diesen Kurs schwieriger, denn die exportabhängigen Hersteller des Landes fürchten höhere Zölle.",
                "Unternehmer berichten von stornierten Aufträgen und Unsicherheit bei den Ursprungsregeln. Die Regierung in Hanoi verweist dagegen auf zahlreiche neu aufgewertete Partnerschaften.",
                "Beobachter erwarten, dass Vietnam weiter auf Verhandlungen statt auf Konfrontation setzt.",
            ),
        },
    ),
    Story(
        "def-peacekeeping",
        "defence",
        "positive",
        count=5,
        slots={"n": (150, 280)},
        texts={
            "vi": T(
                [
                    "Bệnh viện dã chiến cấp 2 lên đường làm nhiệm vụ gìn giữ hòa bình",
                    "Lực lượng gìn giữ hòa bình Việt Nam được Liên hợp quốc ghi nhận",
                ],
                [
                    "Ngày {date_vi}, Bộ Quốc phòng tổ chức lễ xuất quân cho {n} cán bộ, nhân viên lên đường làm nhiệm vụ gìn giữ hòa bình Liên hợp quốc tại châu Phi.",
                    "Đại diện Liên hợp quốc đánh giá cao tinh thần trách nhiệm và chuyên môn của {n} quân nhân Việt Nam đang làm nhiệm vụ tại phái bộ ở châu Phi.",
                ],
                [
                    "Ngoài nhiệm vụ chuyên môn, các chiến sĩ còn khám chữa bệnh miễn phí, dạy chữ và hướng dẫn người dân địa phương trồng rau.",
                    "Lực lượng Việt Nam được đánh giá cao nhờ tỷ lệ nữ quân nhân lớn và hoạt động hỗ trợ cộng đồng.",
                ],
                "Từ năm 2014 đến nay, Việt Nam đã cử hàng nghìn lượt cán bộ tham gia các phái bộ gìn giữ hòa bình.",
            ),
            "en": T(
                [
                    "Vietnam sends new field hospital to UN peacekeeping mission",
                    "UN praises Vietnamese peacekeepers in Africa",
                ],
                [
                    "Vietnam's defence ministry held a send-off ceremony on {date_en} for {n} officers and staff joining a United Nations peacekeeping mission in Africa.",
                    "A UN representative praised the professionalism of the {n} Vietnamese personnel serving with a mission in Africa.",
                ],
                "Besides their medical duties, the Vietnamese teams run free clinics, teach literacy classes and help local people grow vegetables.",
                "Vietnam has deployed thousands of personnel to UN missions since 2014.",
            ),
            "fr": T(
                "Le Vietnam déploie un nouvel hôpital de campagne au service de l'ONU",
                "Le ministère vietnamien de la Défense a organisé le {date_fr} une cérémonie de départ pour {n} militaires et soignants rejoignant une mission de maintien de la paix en Afrique.",
                "Outre les soins, les équipes vietnamiennes animent des consultations gratuites et des cours d'alphabétisation.",
                "Le Vietnam participe aux opérations de paix de l'ONU depuis 2014.",
            ),
        },
    ),
    Story(
        "def-expo",
        "defence",
        "neutral",
        count=5,
        slots={"n": (150, 260)},
        texts={
            "vi": T(
                [
                    "Khai mạc Triển lãm Quốc phòng quốc tế tại Hà Nội",
                    "Hơn {n} doanh nghiệp tham gia Triển lãm Quốc phòng quốc tế",
                ],
                "Sáng {date_vi}, Triển lãm Quốc phòng quốc tế khai mạc tại sân bay Gia Lâm, Hà Nội, với sự tham gia của {n} doanh nghiệp trong và ngoài nước.",
                [
                    "Triển lãm giới thiệu nhiều sản phẩm công nghiệp quốc phòng do Việt Nam tự nghiên cứu, chế tạo như thiết bị bay không người lái, radar và phương tiện thông tin.",
                    "Bên cạnh khu trưng bày, ban tổ chức bố trí các hội thảo chuyên đề về hợp tác công nghiệp quốc phòng và chuyển giao công nghệ.",
                ],
                "Đại diện Bộ Quốc phòng cho biết chính sách quốc phòng của Việt Nam là hòa bình và tự vệ.",
            ),
            "en": T(
                "Vietnam opens international defence expo in Hanoi",
                "An international defence exhibition opened at Gia Lam airfield in Hanoi on {date_en}, with {n} domestic and foreign companies taking part.",
                "Vietnamese manufacturers showed drones, radars and communication systems, while foreign firms sought partners for technology transfer.",
                "Officials stressed that Vietnam's defence policy is peaceful and self-defensive.",
            ),
            "ru": T(
                "В Ханое открылась международная оборонная выставка",
                "{date_ru} в Ханое открылась международная оборонная выставка, в которой участвуют {n} компаний из Вьетнама и других стран.",
                "Российские предприятия представили авиационную технику и системы связи. Вьетнамская сторона показала беспилотники и радары собственной разработки.",
                "Вьетнам и Россия поддерживают давнее сотрудничество в военно-технической сфере.",
            ),
            "ko": T(
                "하노이서 국제 방산전시회 개막…한국 기업 대거 참가",
                "{date_ko} 베트남 하노이에서 국제 방산전시회가 개막했다. 베트남과 해외 기업 {n}곳이 참가했다.",
                "한국 방산업체들은 함정과 통신장비를 선보이며 현지 협력 기회를 모색했다.",
                "베트남 국방부는 자국의 국방정책이 평화와 자위에 기반한다고 강조했다.",
            ),
        },
    ),
]
