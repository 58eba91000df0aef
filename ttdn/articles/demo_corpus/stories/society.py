# ruff: noqa: E501
"""Tourism and culture stories. All text written by the ttdn project for the demo."""

from __future__ import annotations

from ..base import Story, T

STORIES = [
    Story(
        "tour-arrivals-record",
        "tourism",
        "positive",
        count=8,
        wire=True,
        slots={"n": (15, 19), "pct": (12, 28), "market": "market"},
        texts={
            "vi": T(
                [
                    "Khách quốc tế đến Việt Nam đạt {n} triệu lượt, vượt mức trước đại dịch",
                    "Du lịch Việt Nam đón {n} triệu lượt khách quốc tế, {market} là thị trường tăng mạnh",
                ],
                [
                    "Theo Cục Thống kê, tính đến ngày {date_vi}, Việt Nam đã đón khoảng {n} triệu lượt khách quốc tế, tăng {pct}% so với cùng kỳ năm trước và vượt mức của năm 2019.",
                    "Số liệu công bố ngày {date_vi} cho thấy lượng khách quốc tế đến Việt Nam từ đầu năm đạt khoảng {n} triệu lượt, tăng {pct}%.",
                ],
                [
                    "Trung Quốc và Hàn Quốc tiếp tục là hai thị trường lớn nhất, trong khi khách từ {market} tăng nhanh nhờ nhiều đường bay thẳng mới.",
                    "Khách đến từ {market} tăng mạnh, góp phần đưa ngành du lịch về đích sớm so với kế hoạch.",
                ],
                "Chính sách thị thực thông thoáng, với thị thực điện tử 90 ngày và miễn thị thực cho công dân nhiều nước, được đánh giá là yếu tố then chốt.",
            ),
            "en": T(
                [
                    "Vietnam welcomes {n} million foreign visitors, beating pre-pandemic level",
                    "Foreign arrivals to Vietnam up {pct}% with {market} among fastest-growing markets",
                ],
                "Vietnam received about {n} million international visitors this year up to {date_en}, up {pct}% year on year and above the 2019 level, according to the statistics office.",
                [
                    "China and South Korea remained the largest source markets, while visitors from {market} grew fastest thanks to new direct flights.",
                    "Arrivals from {market} rose sharply, helping the tourism sector hit its target early.",
                ],
                "Officials credit a looser visa policy, including 90-day e-visas and visa exemptions for citizens of more countries.",
            ),
            "ko": T(
                ["베트남 외국인 관광객 {n}00만 명 돌파…한국인 2위", "베트남 찾은 외국인 관광객 {pct}% 증가"],
                "베트남 통계청에 따르면 올해 들어 {date_ko}까지 베트남을 찾은 외국인 관광객은 약 {n}00만 명으로 전년 동기 대비 {pct}% 늘었다.",
                "한국인 관광객은 중국에 이어 두 번째로 많았으며 다낭과 나트랑, 푸꾸옥이 인기 여행지로 꼽혔다.",
                "베트남 정부는 전자비자 기간을 90일로 늘리는 등 관광객 유치에 힘쓰고 있다.",
            ),
            "ja": T(
                "ベトナムの外国人観光客、{n}00万人超え",
                "ベトナム統計局によると、今年{date_cjk}までにベトナムを訪れた外国人観光客は約{n}00万人で、前年同期比{pct}%増えた。",
                "中国と韓国からの観光客が多く、日本からの旅行者もダナンやホイアンを中心に増加している。",
                "電子ビザの有効期間延長などの政策が追い風となっている。",
            ),
            "zh": T(
                "越南今年接待国际游客{n}00万人次",
                "越南统计局数据显示，今年以来截至{date_cjk}，越南共接待国际游客约{n}00万人次，同比增长{pct}%。",
                "中国和韩国是最大的两个客源市场。越南实施更灵活的签证政策，电子签证有效期延长至90天。",
            ),
            "ru": T(
                "Вьетнам принял {n} млн иностранных туристов",
                "По данным статистического управления Вьетнама, с начала года страну посетили около {n} млн иностранных туристов, что на {pct}% больше, чем годом ранее.",
                "Россияне входят в число самых быстрорастущих рынков благодаря возобновлению прямых рейсов в Нячанг и на Фукуок.",
            ),
        },
    ),
    Story(
        "tour-beach-festival",
        "tourism",
        "positive",
        count=6,
        slots={"place": "coast", "n": (20, 90)},
        texts={
            "vi": T(
                [
                    "Khai mạc Lễ hội du lịch biển {place}, kỳ vọng đón {n} nghìn lượt khách",
                    "{place} rực rỡ sắc màu trong đêm khai mạc lễ hội biển",
                ],
                [
                    "Tối {date_vi}, {place_full}{place_note} khai mạc Lễ hội du lịch biển với chương trình nghệ thuật, trình diễn ánh sáng và pháo hoa trên bãi biển.",
                    "Hàng nghìn người dân và du khách đã đổ về bãi biển {place} tối {date_vi} để xem đêm khai mạc lễ hội du lịch biển.",
                ],
                [
                    "Ban tổ chức dự kiến lễ hội sẽ thu hút khoảng {n} nghìn lượt khách, trong đó có nhiều khách quốc tế từ Hàn Quốc, Australia và châu Âu.",
                    "Trong khuôn khổ lễ hội còn có hội chợ ẩm thực, giải thể thao bãi biển và các tour trải nghiệm làng chài.",
                ],
                "Ngành du lịch địa phương cam kết niêm yết giá công khai và xử lý nghiêm các trường hợp chặt chém du khách.",
            ),
            "en": T(
                [
                    "{place} opens beach festival hoping for {n},000 visitors",
                    "Fireworks and seafood as {place} launches summer beach festival",
                ],
                "{place_full}{place_note} opened its beach tourism festival on the evening of {date_en} with music, a light show and fireworks over the sea.",
                "Organisers expect around {n},000 visitors, including many from South Korea, Australia and Europe, with food fairs and fishing-village tours on the programme.",
                "Local tourism authorities promised posted prices and firm action against overcharging.",
            ),
            "fr": T(
                "{place} lance son festival de la mer",
                "{place_full}{place_note} a ouvert le {date_fr} son festival du tourisme balnéaire, avec spectacles, feux d'artifice et marchés gastronomiques.",
                "Les organisateurs espèrent accueillir quelque {n} 000 visiteurs, dont de nombreux touristes européens.",
            ),
        },
    ),
    Story(
        "tour-overcharging",
        "tourism",
        "negative",
        count=5,
        slots={"place": "city", "n": (2, 9)},
        texts={
            "vi": T(
                [
                    "Du khách nước ngoài tố bị chặt chém giá taxi tại {place}",
                    "Xử phạt tài xế 'chặt chém' khách du lịch ở {place}",
                ],
                [
                    "Một clip ghi lại cảnh du khách nước ngoài bị tài xế taxi tự do thu {n} triệu đồng cho quãng đường ngắn ở {place} đã lan truyền trên mạng xã hội, gây bức xúc trong dư luận.",
                    "Lực lượng chức năng {place} đã xác minh vụ du khách nước ngoài phản ánh bị thu cước taxi gấp nhiều lần giá thông thường.",
                ],
                [
                    "Cơ quan chức năng đã làm việc với tài xế, xử phạt hành chính và buộc hoàn trả tiền cho du khách.",
                    "Sở Du lịch cho biết những vụ việc như vậy làm xấu hình ảnh điểm đến và đề nghị tăng cường kiểm tra tại sân bay, bến xe.",
                ],
                "Du khách được khuyến nghị sử dụng ứng dụng gọi xe hoặc taxi của hãng có đăng ký, và gọi đường dây nóng du lịch khi gặp sự cố.",
            ),
            "en": T(
                "Tourist overcharged by taxi driver in {place}, police fine driver",
                "A video showing a foreign tourist being charged {n} million dong for a short ride in {place} spread widely online this week, drawing anger from residents.",
                [
                    "Police tracked down the driver, fined him and made him refund the money, local media reported.",
                    "The tourism department said such cases hurt the city's image and promised more checks at the airport and bus stations.",
                ],
                "Visitors are advised to use ride-hailing apps or licensed taxi companies.",
            ),
            "ko": T(
                "베트남 {place}서 한국인 관광객 택시 바가지 피해",
                "베트남 {place}에서 한국인 관광객이 짧은 거리에 택시 요금 {n}00만 동을 낸 사연이 온라인에 퍼지면서 논란이 일었다.",
                "현지 경찰은 운전기사에게 벌금을 부과하고 요금을 환불하도록 했다. 여행객들은 차량 호출 앱을 이용할 것을 권고받고 있다.",
            ),
        },
    ),
    Story(
        "tour-russian-charters",
        "tourism",
        "positive",
        count=5,
        slots={"place": "resort", "n": (4, 12)},
        texts={
            "ru": T(
                [
                    "Прямые рейсы во Вьетнам: российские туристы возвращаются в Нячанг",
                    "Вьетнам ждёт рост турпотока из России",
                ],
                "Российские туроператоры с {date_ru} увеличивают число чартерных рейсов во Вьетнам до {n} в неделю. Наибольшим спросом пользуются Нячанг, Фантьет и остров Фукуок.",
                [
                    "Туристов привлекают тёплое море, доступные цены и упрощённый визовый режим: граждане России могут находиться во Вьетнаме без визы до 45 дней.",
                    "По словам туроператоров, спрос на зимний сезон уже превысил прошлогодний.",
                ],
                "Вьетнамская сторона готовит меню и вывески на русском языке в отелях {place_in}.",
            ),
            "vi": T(
                [
                    "Khách Nga quay lại {place}, nhiều đường bay thuê chuyến được mở",
                    "Tăng chuyến bay thuê chuyến từ Nga đến các điểm biển Việt Nam",
                ],
                "Từ {date_vi}, các hãng lữ hành Nga tăng số chuyến bay thuê chuyến đến Việt Nam lên {n} chuyến mỗi tuần, tập trung vào Nha Trang, Phan Thiết và Phú Quốc.",
                "Nhiều khách sạn ở {place_full}{place_note} đã tuyển thêm nhân viên biết tiếng Nga và bổ sung thực đơn phù hợp với khách từ thị trường này.",
            ),
        },
    ),
    Story(
        "tour-overtourism-north",
        "tourism",
        "negative",
        count=4,
        slots={"place": "highland"},
        texts={
            "en": T(
                [
                    "Crowds and concrete: is Vietnam's northern loop losing its charm?",
                    "Tourism boom strains Vietnam's mountain towns",
                ],
                "Backpackers have long praised the mountain roads of {place_full}{place_note}, but residents and tour guides say the rapid growth of homestays and traffic is changing the landscape.",
                [
                    "New hotels have appeared on rice-terrace slopes, and rubbish collection has not kept pace with visitor numbers.",
                    "Guides complain that some villages have turned into photo stops, while the income from tourism is unevenly shared.",
                ],
                "Provincial officials say they are drafting rules on building heights and limits on motorbike tours during peak weeks.",
            ),
            "fr": T(
                "Le tourisme de masse rattrape les montagnes du nord du Vietnam",
                "Les routes de montagne de {place_full} attirent chaque année davantage de voyageurs, mais les habitants s'inquiètent de la multiplication des constructions.",
                "Les déchets s'accumulent et certaines rizières en terrasses disparaissent sous les homestays. Les autorités promettent des règles d'urbanisme plus strictes.",
            ),
            "de": T(
                "Massentourismus in Vietnams Bergen",
                "Die Bergstraßen in {place_full} sind bei Rucksacktouristen beliebt. Doch Einheimische klagen über immer mehr Neubauten und Verkehr.",
                "Die Behörden kündigen strengere Bauvorschriften und Grenzen für Motorradtouren in der Hochsaison an.",
            ),
        },
    ),
    Story(
        "cult-heritage-recognition",
        "culture",
        "positive",
        count=6,
        slots={"place": "heritage"},
        texts={
            "vi": T(
                [
                    "{place} nộp hồ sơ đề cử di sản thế giới, kỳ vọng được UNESCO ghi danh",
                    "Di sản ở {place} được vinh danh, mở ra cơ hội quảng bá văn hóa",
                ],
                [
                    "Ngày {date_vi}, hồ sơ đề cử một quần thể di tích của {place_full}{place_note} đã được gửi tới UNESCO sau nhiều năm chuẩn bị, với sự tham gia của các chuyên gia trong nước và quốc tế.",
                    "{place_full}{place_note} vừa tổ chức lễ đón bằng công nhận di sản, thu hút đông đảo người dân và du khách.",
                ],
                [
                    "Chính quyền địa phương cam kết bảo tồn nguyên trạng di sản, đồng thời phát triển du lịch bền vững gắn với cộng đồng.",
                    "Các chuyên gia cho rằng việc được ghi danh sẽ giúp nâng cao nhận thức của cộng đồng về giá trị di sản.",
                ],
                "Hiện Việt Nam có nhiều di sản được UNESCO ghi danh ở các hạng mục văn hóa, thiên nhiên, phi vật thể và tư liệu.",
            ),
            "en": T(
                [
                    "{place} submits heritage dossier to UNESCO",
                    "Heritage status brings pride - and visitors - to {place}",
                ],
                "{place_full}{place_note} has submitted a nomination for a complex of historic sites to UNESCO after years of preparation with domestic and international experts.",
                "Local authorities pledged to keep the sites intact and develop community-based tourism around them.",
            ),
            "fr": T(
                "Patrimoine : {place} présente sa candidature à l'UNESCO",
                "{place_full}{place_note} a transmis le {date_fr} à l'UNESCO un dossier de candidature pour un ensemble de sites historiques.",
                "Les autorités locales s'engagent à préserver les lieux et à développer un tourisme respectueux des communautés.",
            ),
            "ja": T(
                "ベトナムの{place_full}の遺跡群、世界遺産登録へ推薦書提出",
                "ベトナムの{place_full}は{date_cjk}、歴史的遺跡群の世界遺産登録に向けた推薦書をユネスコに提出した。",
                "地元当局は遺跡の保存と、地域住民が参加する持続可能な観光の両立を目指すとしている。",
            ),
        },
    ),
    Story(
        "cult-cuisine-week-abroad",
        "culture",
        "positive",
        count=6,
        texts={
            "vi": T(
                [
                    "Tuần lễ ẩm thực Việt Nam thu hút đông đảo thực khách quốc tế",
                    "Phở, bánh mì 'chinh phục' thực khách tại tuần lễ văn hóa Việt Nam ở nước ngoài",
                ],
                "Tuần lễ văn hóa và ẩm thực Việt Nam do Đại sứ quán tổ chức đã khai mạc ngày {date_vi}, giới thiệu phở, bánh mì, cà phê và nhiều món đặc sản vùng miền.",
                [
                    "Nhiều thực khách xếp hàng dài chờ thưởng thức và tìm hiểu cách chế biến món ăn Việt.",
                    "Bên cạnh ẩm thực, chương trình còn có biểu diễn áo dài, đàn bầu và trưng bày ảnh về đất nước, con người Việt Nam.",
                ],
                "Đây là hoạt động nằm trong chương trình quảng bá hình ảnh quốc gia ở nước ngoài.",
            ),
            "en": T(
                "Pho and banh mi draw crowds at Vietnamese culture week",
                "A Vietnamese food and culture week organised by the embassy opened on {date_en}, showcasing pho, banh mi, coffee and regional specialities.",
                "Visitors queued to taste dishes and watch cooking demonstrations, ao dai shows and performances on the dan bau, a one-string instrument.",
            ),
            "ja": T(
                "東京でベトナムフェスティバル、フォーやバインミーに長い列",
                "在日ベトナム大使館などが主催するベトナム文化・食のイベントが{date_cjk}に開幕し、フォーやバインミー、ベトナムコーヒーを求める人で賑わった。",
                "会場ではアオザイのファッションショーや民族楽器の演奏も行われた。",
            ),
            "ko": T(
                "서울서 베트남 음식문화 주간 열려…쌀국수·반미 인기",
                "주한 베트남 대사관이 마련한 베트남 음식문화 주간 행사가 {date_ko} 개막했다. 쌀국수, 반미, 베트남 커피를 맛보려는 시민들로 붐볐다.",
                "행사장에서는 아오자이 패션쇼와 전통 악기 공연도 열렸다.",
            ),
            "fr": T(
                "La cuisine vietnamienne à l'honneur à Paris",
                "Une semaine de la gastronomie et de la culture vietnamiennes s'est ouverte le {date_fr} à Paris, à l'initiative de l'ambassade.",
                "Phở, bánh mì et café vietnamien ont attiré une foule de curieux, entre démonstrations culinaires et défilés d'áo dài.",
            ),
        },
    ),
    Story(
        "cult-film-festival",
        "culture",
        "positive",
        count=4,
        slots={"n": (20, 45)},
        texts={
            "vi": T(
                "Liên hoan phim quốc tế giới thiệu hơn {n} tác phẩm đến khán giả Việt",
                "Liên hoan phim quốc tế khai mạc ngày {date_vi} với {n} bộ phim từ nhiều quốc gia, cùng các hội thảo về hợp tác sản xuất phim.",
                [
                    "Nhiều nhà làm phim trẻ Việt Nam có cơ hội giới thiệu dự án với nhà sản xuất quốc tế.",
                    "Ban tổ chức cho biết các suất chiếu miễn phí đã kín chỗ ngay trong ngày đầu.",
                ],
            ),
            "en": T(
                "International film festival brings {n} films to Vietnamese audiences",
                "An international film festival opened on {date_en} with {n} films from many countries, plus workshops on co-production.",
                "Young Vietnamese filmmakers pitched projects to foreign producers, and free screenings were fully booked on the first day.",
            ),
            "ko": T(
                "베트남 국제영화제 개막…한국 영화 다수 초청",
                "베트남에서 국제영화제가 {date_ko} 개막해 여러 나라의 영화 {n}편이 상영된다. 한국 영화도 다수 초청됐다.",
                "현지 젊은 감독들은 해외 제작사와 공동제작 기회를 모색했다.",
            ),
        },
    ),
    Story(
        "cult-restoration-criticised",
        "culture",
        "negative",
        count=3,
        slots={"place": "heritage"},
        texts={
            "vi": T(
                [
                    "Trùng tu di tích ở {place} bị chê 'làm mới', mất dấu xưa",
                    "Dư luận lo ngại cách trùng tu ngôi đình cổ tại {place}",
                ],
                "Sau khi được trùng tu, một ngôi đình hơn 200 năm tuổi tại {place_full}{place_note} bị nhiều người phản ánh là quá mới, nhiều chi tiết gỗ chạm khắc bị thay bằng vật liệu hiện đại.",
                [
                    "Các nhà nghiên cứu cho rằng việc trùng tu cần có ý kiến chuyên gia và tuân thủ nghiêm Luật Di sản văn hóa.",
                    "Sở Văn hóa cho biết đã lập đoàn kiểm tra và sẽ công bố kết quả trong thời gian tới.",
                ],
            ),
            "en": T(
                "Restoration of 200-year-old temple in {place} sparks criticism",
                "Residents and researchers say the restoration of a communal house more than 200 years old in {place_full}{place_note} has made it look brand new, with carved wooden details replaced by modern materials.",
                "The provincial culture department said it had sent inspectors and would publish their findings.",
            ),
        },
    ),
]
