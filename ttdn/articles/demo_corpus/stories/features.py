# ruff: noqa: E501
"""More stories across culture, rights, health, technology, education, sports, defence and the
economy, each written twice in Vietnamese and English so one story can yield two distinct
articles per language. Written by the ttdn project for the demo."""

from __future__ import annotations

from ..base import Story, T

STORIES = [
    Story(
        "cult-tet-overseas",
        "culture",
        "positive",
        count=6,
        slots={"n": (300, 2000)},
        texts={
            "vi": T(
                [
                    "Kiều bào đón Tết cổ truyền, gìn giữ bản sắc văn hóa Việt",
                    "Rộn ràng chương trình Xuân Quê hương cho cộng đồng người Việt ở nước ngoài",
                ],
                [
                    "Hơn {n} kiều bào và bạn bè quốc tế đã tham dự chương trình đón Tết do Đại sứ quán Việt Nam tổ chức, với gói bánh chưng, viết thư pháp và biểu diễn văn nghệ.",
                    "Chương trình Xuân Quê hương thu hút khoảng {n} người Việt sinh sống ở nước ngoài, nhiều gia đình đưa con nhỏ đến để các em hiểu thêm về phong tục ngày Tết.",
                ],
                [
                    "Đại sứ cảm ơn cộng đồng đã luôn hướng về quê hương, đóng góp vào quan hệ hữu nghị giữa Việt Nam và nước sở tại.",
                    "Phát biểu tại chương trình, đại diện Đại sứ quán mong kiều bào tiếp tục là cầu nối văn hóa, kinh tế giữa hai nước.",
                ],
                [
                    "Các lớp dạy tiếng Việt cuối tuần cũng được giới thiệu, đáp ứng nhu cầu học tiếng mẹ đẻ của thế hệ trẻ.",
                    "Nhiều bạn trẻ thế hệ thứ hai, thứ ba cho biết các hoạt động như vậy giúp họ gắn bó hơn với cội nguồn.",
                ],
            ),
            "en": T(
                [
                    "Overseas Vietnamese celebrate Lunar New Year, keep traditions alive",
                    "Embassy hosts Tet festival for Vietnamese community abroad",
                ],
                [
                    "More than {n} overseas Vietnamese and local friends joined a Lunar New Year celebration hosted by the Vietnamese embassy, wrapping banh chung rice cakes, writing calligraphy and watching performances.",
                    "About {n} people attended the embassy's Tet festival, many families bringing young children to learn New Year customs.",
                ],
                [
                    "The ambassador thanked the community for its attachment to the homeland and its role in friendship between the two countries.",
                    "Embassy officials urged the community to keep acting as a cultural and economic bridge.",
                ],
                [
                    "Weekend Vietnamese-language classes for children were also promoted at the event.",
                    "Second- and third-generation Vietnamese said such gatherings helped them stay connected to their roots.",
                ],
            ),
            "fr": T(
                "La communauté vietnamienne de France fête le Têt",
                "Plus de {n} personnes ont participé à la fête du Nouvel An lunaire organisée par l'ambassade du Vietnam, entre confection de bánh chưng, calligraphie et spectacles.",
                "Des cours de vietnamien pour les enfants ont également été présentés.",
            ),
            "ru": T(
                "Вьетнамская община в Москве встретила Новый год по лунному календарю",
                "Более {n} вьетнамцев и их российских друзей собрались на празднование Тета, организованное посольством Вьетнама.",
                "Гости готовили традиционные рисовые пироги, смотрели концерт и занимались каллиграфией.",
            ),
        },
    ),
    Story(
        "cult-artifacts-returned",
        "culture",
        "positive",
        count=5,
        slots={"n": (8, 40)},
        texts={
            "vi": T(
                [
                    "Hồi hương {n} cổ vật Việt Nam từ nước ngoài",
                    "Bảo tàng nước ngoài trao trả {n} hiện vật cho Việt Nam",
                ],
                [
                    "Ngày {date_vi}, Bộ Văn hóa, Thể thao và Du lịch tiếp nhận {n} cổ vật được một bảo tàng nước ngoài trao trả, gồm gốm men, đồ đồng và tượng đá.",
                    "Sau nhiều năm phối hợp, {n} hiện vật có nguồn gốc Việt Nam đã được đưa về nước và bàn giao cho Bảo tàng Lịch sử Quốc gia.",
                ],
                [
                    "Đây là kết quả của quá trình nghiên cứu nguồn gốc hiện vật và hợp tác giữa các cơ quan văn hóa hai nước.",
                    "Giới chuyên môn đánh giá cao thiện chí của phía đối tác và xem đây là hình mẫu cho việc hồi hương di sản.",
                ],
                [
                    "Các hiện vật sẽ được trưng bày trong một chuyên đề mở cửa miễn phí cho công chúng.",
                    "Bảo tàng dự kiến tổ chức triển lãm giới thiệu các hiện vật trong dịp cuối năm.",
                ],
            ),
            "en": T(
                [
                    "{n} Vietnamese artifacts returned from abroad",
                    "Foreign museum hands back {n} antiquities to Vietnam",
                ],
                [
                    "Vietnam's culture ministry on {date_en} received {n} artifacts returned by a foreign museum, including glazed ceramics, bronzes and stone statues.",
                    "After years of cooperation, {n} objects of Vietnamese origin have been handed to the National Museum of History in Hanoi.",
                ],
                [
                    "The return followed provenance research and cooperation between cultural agencies of the two countries.",
                    "Experts praised the museum's goodwill and called the case a model for heritage repatriation.",
                ],
                [
                    "The pieces will go on show in a free exhibition.",
                    "The museum plans to display them in a special exhibition at the end of the year.",
                ],
            ),
            "de": T(
                "Museum gibt {n} Kulturgüter an Vietnam zurück",
                "Ein europäisches Museum hat {n} Objekte vietnamesischer Herkunft zurückgegeben, darunter Keramik und Bronzen. Vorausgegangen war eine gemeinsame Provenienzforschung.",
                "Die Stücke sollen im Nationalmuseum für Geschichte in Hanoi ausgestellt werden.",
            ),
        },
    ),
    Story(
        "hr-disability-access",
        "human_rights",
        "positive",
        count=5,
        slots={"place": "city", "n": (40, 200)},
        texts={
            "vi": T(
                [
                    "{place} cải tạo {n} điểm công trình công cộng cho người khuyết tật",
                    "Thêm cơ hội việc làm và tiếp cận cho người khuyết tật ở {place}",
                ],
                [
                    "Năm nay, {place_full} đã cải tạo {n} điểm nhà chờ xe buýt, trụ sở và trường học để người khuyết tật tiếp cận thuận lợi hơn.",
                    "{place_full} vừa hoàn thành cải tạo lối đi, thang máy tại {n} công trình công cộng, theo kế hoạch thực hiện Công ước về quyền của người khuyết tật.",
                ],
                [
                    "Các tổ chức của người khuyết tật được mời tham gia góp ý thiết kế ngay từ đầu.",
                    "Hội Người khuyết tật thành phố đánh giá đây là bước tiến, nhưng đề nghị mở rộng ra các khu dân cư.",
                ],
                [
                    "Thành phố cũng phối hợp với doanh nghiệp tổ chức phiên giao dịch việc làm dành riêng cho người khuyết tật.",
                    "Song song, các khóa đào tạo nghề miễn phí được mở cho thanh niên khuyết tật.",
                ],
            ),
            "en": T(
                [
                    "{place} upgrades {n} public sites for people with disabilities",
                    "Better access and jobs for people with disabilities in {place}",
                ],
                [
                    "{place} has upgraded {n} bus stops, offices and schools this year so that people with disabilities can use them more easily.",
                    "Ramps and lifts have been added at {n} public buildings in {place} under a plan to implement the UN Convention on the Rights of Persons with Disabilities.",
                ],
                [
                    "Organisations of people with disabilities were consulted on the designs from the start.",
                    "Disability groups welcomed the progress but asked for the work to reach residential areas.",
                ],
                [
                    "The city also held a job fair for people with disabilities with local employers.",
                    "Free vocational courses have opened for young people with disabilities.",
                ],
            ),
            "ja": T(
                "ベトナム{place}、障害者のバリアフリー化を推進",
                "ベトナムの{place}は今年、バス停や公共施設など{n}カ所でスロープやエレベーターを整備した。",
                "日本の国際協力機関も障害者の就労支援で協力している。",
            ),
        },
    ),
    Story(
        "hr-labour-rights",
        "human_rights",
        "neutral",
        count=4,
        texts={
            "vi": T(
                [
                    "Thực thi các công ước của ILO: bảo đảm quyền của người lao động",
                    "Hội thảo về quyền tự do hiệp hội của người lao động",
                ],
                [
                    "Hội thảo do Bộ Nội vụ phối hợp với Tổ chức Lao động Quốc tế (ILO) tổ chức ngày {date_vi} đã thảo luận việc thực thi các công ước cơ bản về lao động mà Việt Nam đã phê chuẩn.",
                    "Ngày {date_vi}, các chuyên gia trong nước và ILO đã trao đổi về quyền thành lập tổ chức đại diện người lao động tại doanh nghiệp theo Bộ luật Lao động.",
                ],
                [
                    "Đại biểu ghi nhận nhiều tiến bộ về pháp luật, nhưng cho rằng cần hướng dẫn cụ thể hơn để quy định đi vào thực tế.",
                    "Theo các chuyên gia, việc thực thi cam kết lao động trong các hiệp định thương mại thế hệ mới là yêu cầu quan trọng.",
                ],
            ),
            "en": T(
                [
                    "Vietnam, ILO review implementation of core labour conventions",
                    "Workshop discusses freedom of association for Vietnamese workers",
                ],
                [
                    "A workshop held by Vietnam's home affairs ministry and the International Labour Organization on {date_en} reviewed how core labour conventions ratified by Vietnam are being applied.",
                    "Vietnamese and ILO experts discussed on {date_en} the right of workers to set up representative organisations at enterprises under the Labour Code.",
                ],
                [
                    "Participants noted legal progress but said clearer guidance was needed for the rules to work in practice.",
                    "Labour commitments in new-generation trade agreements make implementation important, experts said.",
                ],
            ),
        },
    ),
    Story(
        "health-insurance-coverage",
        "health",
        "neutral",
        count=4,
        slots={"pct": (93, 96)},
        texts={
            "vi": T(
                [
                    "Tỷ lệ bao phủ bảo hiểm y tế đạt {pct}% dân số",
                    "Bảo hiểm y tế toàn dân: còn khó ở nhóm lao động tự do",
                ],
                [
                    "Theo Bảo hiểm xã hội Việt Nam, đến {date_vi}, khoảng {pct}% dân số đã tham gia bảo hiểm y tế, tiến gần mục tiêu bao phủ toàn dân.",
                    "Cơ quan bảo hiểm xã hội cho biết tỷ lệ người dân có thẻ bảo hiểm y tế đã đạt khoảng {pct}%.",
                ],
                [
                    "Khó khăn hiện nay tập trung ở nhóm lao động tự do và hộ cận nghèo, những người dễ bỏ tham gia khi thu nhập giảm.",
                    "Tuy nhiên, tình trạng thiếu thuốc, vật tư ở một số bệnh viện vẫn khiến người bệnh phải tự mua ngoài.",
                ],
            ),
            "en": T(
                [
                    "Health insurance covers {pct}% of Vietnam's population",
                    "Vietnam nears universal health coverage, gaps remain among informal workers",
                ],
                [
                    "About {pct}% of Vietnam's population had health insurance as of {date_en}, according to the social security agency.",
                    "Vietnam's social security agency says health insurance now covers around {pct}% of the population.",
                ],
                [
                    "The hardest groups to reach are informal workers and near-poor households, who tend to drop out when incomes fall.",
                    "Shortages of some medicines and supplies at hospitals still push patients to buy them out of pocket.",
                ],
            ),
        },
    ),
    Story(
        "sci-5g-rollout",
        "science_tech",
        "positive",
        count=5,
        slots={"pct": (70, 92), "place": "industry"},
        texts={
            "vi": T(
                [
                    "Phủ sóng 5G đạt {pct}% dân số, mở đường cho nhà máy thông minh",
                    "5G về khu công nghiệp: doanh nghiệp ở {place} thử nghiệm sản xuất thông minh",
                ],
                [
                    "Các nhà mạng cho biết đến {date_vi}, mạng 5G đã phủ sóng khoảng {pct}% dân số, ưu tiên các khu công nghiệp, cảng biển và bệnh viện.",
                    "Nhiều nhà máy tại {place_full}{place_note} đã thử nghiệm mạng 5G riêng để điều khiển robot và giám sát dây chuyền theo thời gian thực.",
                ],
                [
                    "Bộ Khoa học và Công nghệ đặt mục tiêu hạ tầng số đồng bộ, làm nền tảng cho kinh tế số.",
                    "Các chuyên gia lưu ý doanh nghiệp nhỏ vẫn e ngại chi phí chuyển đổi số.",
                ],
            ),
            "en": T(
                ["5G reaches {pct}% of Vietnam's population", "Factories in {place} test private 5G networks"],
                [
                    "Vietnam's mobile operators say 5G now covers about {pct}% of the population, with industrial parks, seaports and hospitals prioritised.",
                    "Several factories in {place_full}{place_note} are testing private 5G networks to control robots and monitor lines in real time.",
                ],
                [
                    "The science ministry wants digital infrastructure to underpin the digital economy.",
                    "Experts say small firms remain wary of the cost of going digital.",
                ],
            ),
            "ko": T(
                "베트남 5G 인구 커버리지 {pct}%…한국 장비업체 수혜",
                "베트남 이동통신사들에 따르면 5G 서비스가 인구의 약 {pct}%를 커버하고 있다. 산업단지와 항만이 우선 대상이다.",
                "한국 통신장비 업체들도 현지 스마트공장 사업에 참여하고 있다.",
            ),
        },
    ),
    Story(
        "edu-teacher-shortage",
        "education",
        "negative",
        count=4,
        slots={"place": "highland", "n": (300, 1500)},
        texts={
            "vi": T(
                [
                    "{place} thiếu hơn {n} giáo viên, nhiều lớp phải ghép",
                    "Thiếu giáo viên tiếng Anh, tin học ở vùng cao {place}",
                ],
                [
                    "Ngành giáo dục {place_full}{place_note} cho biết đang thiếu khoảng {n} giáo viên, chủ yếu ở bậc mầm non, tiểu học và các môn tiếng Anh, tin học.",
                    "Năm học mới, nhiều trường ở {place_full}{place_note} phải ghép lớp hoặc mời giáo viên dạy liên trường vì thiếu khoảng {n} giáo viên.",
                ],
                [
                    "Nguyên nhân là lương thấp, điều kiện đi lại khó khăn khiến nhiều giáo viên trẻ không muốn gắn bó với vùng cao.",
                    "Địa phương đã được giao thêm biên chế nhưng khó tuyển vì ít ứng viên đạt chuẩn.",
                ],
            ),
            "en": T(
                [
                    "{place} short of {n} teachers as classes are merged",
                    "Mountain schools in {place} struggle to find English and IT teachers",
                ],
                [
                    "Education authorities in {place_full}{place_note} say they are short of about {n} teachers, mainly in preschool, primary and subjects such as English and IT.",
                    "Many schools in {place_full}{place_note} have merged classes this year because of a shortfall of some {n} teachers.",
                ],
                [
                    "Low pay and hard travel conditions deter young teachers from staying in remote areas.",
                    "The province has been given more staff quotas but finds few qualified applicants.",
                ],
            ),
        },
    ),
    Story(
        "sport-sea-games-preparation",
        "sports",
        "neutral",
        count=4,
        slots={"n": (800, 1100)},
        texts={
            "vi": T(
                [
                    "Thể thao Việt Nam dự kiến cử {n} vận động viên dự SEA Games",
                    "Chuẩn bị SEA Games: nhiều đội tuyển tập huấn nước ngoài",
                ],
                [
                    "Cục Thể dục thể thao dự kiến cử khoảng {n} vận động viên tham dự SEA Games, tập trung các môn thế mạnh như điền kinh, bơi, võ thuật.",
                    "Nhiều đội tuyển quốc gia đang tập huấn tại nước ngoài để chuẩn bị cho SEA Games, đoàn dự kiến có khoảng {n} vận động viên.",
                ],
                [
                    "Ngành thể thao đặt mục tiêu nằm trong tốp đầu khu vực, đồng thời chú trọng các môn thi đấu Olympic.",
                    "Ban huấn luyện lo ngại một số vận động viên chủ chốt chấn thương trước giải.",
                ],
            ),
            "en": T(
                ["Vietnam to send {n} athletes to SEA Games", "Vietnamese teams train abroad ahead of SEA Games"],
                [
                    "Vietnam plans to send about {n} athletes to the Southeast Asian Games, focusing on strong sports such as athletics, swimming and martial arts.",
                    "Several Vietnamese national teams are training abroad before the SEA Games, where the delegation is expected to number around {n} athletes.",
                ],
                [
                    "The sports authority aims for a top regional finish while prioritising Olympic disciplines.",
                    "Coaches are worried about injuries to some key athletes before the Games.",
                ],
            ),
            "th": T(
                "เวียดนามเตรียมส่งนักกีฬา {n} คนร่วมซีเกมส์",
                "เวียดนามมีแผนส่งนักกีฬาราว {n} คนร่วมการแข่งขันกีฬาซีเกมส์ โดยเน้นกรีฑา ว่ายน้ำ และศิลปะการต่อสู้",
            ),
        },
    ),
    Story(
        "def-navy-port-call",
        "defence",
        "neutral",
        count=5,
        slots={"place": "coast", "partner": "navy"},
        texts={
            "vi": T(
                ["Tàu hải quân {partner} thăm cảng tại {place}", "Đón tàu hải quân {partner} thăm hữu nghị Việt Nam"],
                [
                    "Ngày {date_vi}, tàu hải quân {partner} cập cảng tại {place_full}{place_note}, bắt đầu chuyến thăm hữu nghị Việt Nam kéo dài 4 ngày.",
                    "Một tàu hải quân {partner} vừa đến {place_full}{place_note} trong chuyến thăm xã giao, góp phần tăng cường hiểu biết giữa lực lượng hải quân hai nước.",
                ],
                [
                    "Trong thời gian ở Việt Nam, thủy thủ đoàn sẽ chào xã giao lãnh đạo địa phương, giao lưu thể thao và tham gia hoạt động thiện nguyện.",
                    "Chương trình gồm các buổi giao lưu chuyên môn về tìm kiếm cứu nạn và y tế quân sự.",
                ],
            ),
            "en": T(
                [
                    "Navy ship from {partner} makes port call in {place}",
                    "Naval vessel from {partner} begins friendly visit to Vietnam",
                ],
                [
                    "A navy ship from {partner} docked in {place_full}{place_note} on {date_en} for a four-day friendly visit to Vietnam.",
                    "A naval vessel from {partner} has arrived in {place_full}{place_note} on a goodwill visit aimed at building understanding between the two navies.",
                ],
                [
                    "The crew will pay courtesy calls on local leaders, play sports with Vietnamese sailors and join charity activities.",
                    "The programme includes exchanges on search and rescue and military medicine.",
                ],
            ),
            "ru": T(
                "Отряд кораблей ВМФ России прибыл во Вьетнам с визитом",
                "Отряд кораблей Тихоокеанского флота России прибыл {date_ru} в порт Камрань с дружественным визитом.",
                "Моряки проведут встречи с командованием ВМС Вьетнама и спортивные соревнования.",
            ),
        },
    ),
    Story(
        "eco-metro-delays",
        "economy",
        "negative",
        count=4,
        slots={"n": (2, 5)},
        texts={
            "vi": T(
                ["Tuyến metro lại lùi tiến độ, chi phí đội lên", "Dự án đường sắt đô thị chậm {n} năm so với kế hoạch"],
                [
                    "Ban quản lý dự án cho biết một tuyến đường sắt đô thị tiếp tục lùi thời điểm hoàn thành, chậm khoảng {n} năm so với kế hoạch ban đầu, tổng mức đầu tư phải điều chỉnh tăng.",
                    "Dự án đường sắt đô thị trọng điểm đã chậm tiến độ {n} năm; nguyên nhân được nêu là vướng giải phóng mặt bằng và thủ tục điều chỉnh vốn vay.",
                ],
                [
                    "Người dân hai bên tuyến phản ánh tình trạng rào chắn kéo dài, ảnh hưởng việc kinh doanh.",
                    "Chuyên gia cho rằng cần cơ chế đặc thù để tránh lặp lại tình trạng chậm trễ ở các tuyến tiếp theo.",
                ],
            ),
            "en": T(
                ["Vietnam metro line delayed again as costs rise", "Urban rail project runs {n} years behind schedule"],
                [
                    "An urban rail line in Vietnam has again pushed back its completion date, now some {n} years behind the original plan, and its budget must be raised, the project board said.",
                    "A flagship urban rail project is {n} years late, held up by land clearance and procedures to adjust loan agreements.",
                ],
                [
                    "Shop owners along the route complain that years of barriers have hurt their business.",
                    "Experts say special mechanisms are needed to avoid similar delays on the next lines.",
                ],
            ),
            "ja": T(
                "ベトナムの都市鉄道、開業また延期",
                "ベトナムの都市鉄道の建設事業で、開業時期が当初計画より約{n}年遅れる見通しとなった。用地取得の遅れなどが原因。",
                "日本の円借款事業も含まれており、関係者は早期の完成を求めている。",
            ),
        },
    ),
    Story(
        "tour-visa-exemption-europe",
        "tourism",
        "positive",
        count=5,
        slots={"pct": (15, 40)},
        texts={
            "vi": T(
                [
                    "Gia hạn miễn thị thực cho công dân nhiều nước châu Âu",
                    "Khách châu Âu tăng {pct}% nhờ chính sách miễn thị thực",
                ],
                [
                    "Chính phủ quyết định tiếp tục miễn thị thực 45 ngày cho công dân một số nước châu Âu, nhằm thu hút khách quốc tế trong mùa cao điểm.",
                    "Sau khi được miễn thị thực 45 ngày, lượng khách từ các nước châu Âu đến Việt Nam tăng khoảng {pct}% so với cùng kỳ.",
                ],
                [
                    "Các doanh nghiệp lữ hành đánh giá chính sách giúp Việt Nam cạnh tranh tốt hơn với các điểm đến trong khu vực.",
                    "Nhiều công ty du lịch đã mở thêm tour dài ngày kết hợp miền Bắc, miền Trung và miền Nam cho khách châu Âu.",
                ],
            ),
            "en": T(
                [
                    "Vietnam extends visa exemption for European visitors",
                    "European arrivals up {pct}% after Vietnam's visa waiver",
                ],
                [
                    "Vietnam will keep its 45-day visa exemption for citizens of several European countries to attract visitors in the peak season.",
                    "Arrivals from several European countries rose about {pct}% year on year after Vietnam granted 45-day visa-free entry.",
                ],
                [
                    "Tour operators say the policy makes Vietnam more competitive with regional destinations.",
                    "Travel firms have added longer tours combining the north, centre and south for European travellers.",
                ],
            ),
            "de": T(
                "Vietnam verlängert Visafreiheit für Deutsche",
                "Vietnam verlängert die visafreie Einreise für 45 Tage für Bürger mehrerer europäischer Länder, darunter Deutschland.",
                "Reiseveranstalter rechnen mit einer steigenden Nachfrage für Rundreisen in der Wintersaison.",
            ),
            "es": T(
                "Vietnam prorroga la exención de visado para los españoles",
                "Vietnam mantendrá la entrada sin visado durante 45 días para los ciudadanos de varios países europeos, entre ellos España.",
                "Las agencias de viajes prevén más demanda de circuitos por el norte, el centro y el sur del país.",
            ),
        },
    ),
    Story(
        "env-beach-plastic",
        "environment",
        "negative",
        count=4,
        slots={"place": "coast", "t": (5, 40)},
        texts={
            "vi": T(
                ["Rác thải nhựa dạt vào bờ biển {place} sau bão", "Hàng chục tấn rác nhựa phủ kín bãi biển {place}"],
                [
                    "Sau đợt gió mạnh, khoảng {t} tấn rác, chủ yếu là chai nhựa, lưới đánh cá và xốp đã dạt vào bãi biển {place_full}{place_note}.",
                    "Người dân và du khách ở {place_full}{place_note} bức xúc khi bãi biển phủ kín rác thải nhựa, ước tính khoảng {t} tấn.",
                ],
                [
                    "Chính quyền địa phương huy động đoàn viên thanh niên, bộ đội biên phòng dọn dẹp, đồng thời kêu gọi hạn chế sử dụng đồ nhựa dùng một lần.",
                    "Các nhà khoa học cảnh báo rác nhựa ảnh hưởng rạn san hô và nguồn lợi thủy sản ven bờ.",
                ],
            ),
            "en": T(
                [
                    "Plastic waste washes up on {place} beaches",
                    "Tonnes of plastic litter {place} coastline after storm",
                ],
                [
                    "About {t} tonnes of rubbish, mostly plastic bottles, fishing nets and foam, washed up on beaches in {place_full}{place_note} after strong winds.",
                    "Residents and tourists in {place_full}{place_note} were dismayed to find beaches covered in an estimated {t} tonnes of plastic waste.",
                ],
                [
                    "Volunteers and border guards were mobilised to clean up, and officials urged people to cut single-use plastics.",
                    "Scientists warn that plastic harms coral reefs and coastal fisheries.",
                ],
            ),
            "ko": T(
                "베트남 해변에 플라스틱 쓰레기 수십 톤 밀려와",
                "베트남 {place_full} 해변에 강풍 이후 약 {t}톤의 쓰레기가 밀려왔다. 대부분 플라스틱병과 어망이다.",
                "한국인 관광객들도 정화 활동에 참여했다.",
            ),
        },
    ),
    Story(
        "dip-overseas-vietnamese-conference",
        "diplomacy",
        "positive",
        count=4,
        slots={"n": (400, 1000)},
        texts={
            "vi": T(
                [
                    "Hội nghị Người Việt Nam ở nước ngoài toàn thế giới: phát huy nguồn lực kiều bào",
                    "Gần {n} kiều bào về dự hội nghị, hiến kế phát triển đất nước",
                ],
                [
                    "Khoảng {n} đại biểu kiều bào từ nhiều quốc gia đã về Hà Nội dự hội nghị ngày {date_vi}, đóng góp ý kiến về khoa học công nghệ, đổi mới sáng tạo và quảng bá hình ảnh Việt Nam.",
                    "Hội nghị người Việt Nam ở nước ngoài khai mạc tại Hà Nội ngày {date_vi} với khoảng {n} đại biểu là trí thức, doanh nhân kiều bào.",
                ],
                [
                    "Nhiều chuyên gia kiều bào đề xuất cơ chế thuận lợi để họ tham gia các dự án bán dẫn, trí tuệ nhân tạo trong nước.",
                    "Đại biểu kiến nghị đơn giản hóa thủ tục về quốc tịch, sở hữu nhà ở và đầu tư cho kiều bào.",
                ],
            ),
            "en": T(
                [
                    "Overseas Vietnamese gather in Hanoi to pitch ideas for homeland",
                    "Hundreds of overseas Vietnamese attend conference in Hanoi",
                ],
                [
                    "About {n} overseas Vietnamese delegates from many countries gathered in Hanoi on {date_en}, offering ideas on science, innovation and promoting Vietnam's image.",
                    "A conference of overseas Vietnamese opened in Hanoi on {date_en}, bringing together some {n} scholars and business people.",
                ],
                [
                    "Several experts asked for easier ways to join domestic semiconductor and AI projects.",
                    "Delegates called for simpler procedures on nationality, home ownership and investment.",
                ],
            ),
            "ru": T(
                "Вьетнамцы из-за рубежа собрались в Ханое",
                "Около {n} представителей вьетнамских общин из разных стран приняли участие в конференции в Ханое.",
                "Делегаты из России рассказали о деловых связях и обучении вьетнамских студентов.",
            ),
        },
    ),
]
