# ruff: noqa: E501
"""Events covered in several languages within a day or two, so cross-language clustering has
something to find. Heads of state are named by office only. Written by the ttdn project."""

from __future__ import annotations

from ..base import Story, T

STORIES = [
    Story(
        "event-state-visit-france",
        "diplomacy",
        "positive",
        count=7,
        event="state-visit-fr",
        days=(31, 32),
        slots={"n": (10, 16)},
        texts={
            "vi": T(
                [
                    "Tổng thống Pháp thăm cấp Nhà nước tới Việt Nam",
                    "Lễ đón chính thức Tổng thống Cộng hòa Pháp tại Phủ Chủ tịch",
                    "Việt Nam - Pháp ký {n} văn kiện hợp tác nhân chuyến thăm cấp Nhà nước",
                ],
                [
                    "Ngày {date_vi}, Chủ tịch nước chủ trì lễ đón chính thức Tổng thống Cộng hòa Pháp thăm cấp Nhà nước tới Việt Nam tại Phủ Chủ tịch, Hà Nội.",
                    "Tổng thống Cộng hòa Pháp đã bắt đầu chuyến thăm cấp Nhà nước tới Việt Nam; lễ đón chính thức được tổ chức trọng thể tại Hà Nội ngày {date_vi}.",
                ],
                [
                    "Tại hội đàm, hai bên nhất trí làm sâu sắc hơn quan hệ Đối tác chiến lược toàn diện, thúc đẩy hợp tác trong hàng không, năng lượng, đường sắt đô thị, y tế và giáo dục đại học.",
                    "Hai nhà lãnh đạo khẳng định quyết tâm đưa hợp tác kinh tế, thương mại và đầu tư trở thành trụ cột, đồng thời mở rộng hợp tác văn hóa và Pháp ngữ.",
                ],
                "Sau hội đàm, hai bên đã chứng kiến lễ trao {n} văn kiện hợp tác giữa các bộ, ngành và doanh nghiệp.",
                [
                    "Trong chương trình chuyến thăm, Tổng thống Pháp sẽ gặp gỡ sinh viên tại Hà Nội và thăm Huế.",
                    "Chuyến thăm diễn ra trong bối cảnh quan hệ Việt - Pháp phát triển tốt đẹp trên nhiều lĩnh vực.",
                ],
            ),
            "en": T(
                [
                    "French president begins state visit to Vietnam",
                    "Vietnam and France sign {n} agreements during state visit",
                ],
                "Vietnam's state president welcomed the President of France with an official ceremony at the Presidential Palace in Hanoi on {date_en}, at the start of a state visit.",
                [
                    "The two sides agreed to deepen their comprehensive strategic partnership, with cooperation in aviation, energy, urban rail, health and higher education.",
                    "Both leaders said trade and investment should be the backbone of the relationship and pledged closer cultural ties.",
                ],
                "Ministries and companies from both countries exchanged {n} cooperation documents after the talks.",
            ),
            "fr": T(
                [
                    "Le président de la République en visite d'État au Vietnam",
                    "France-Vietnam : {n} accords signés lors de la visite d'État",
                ],
                [
                    "Le président de la République a été accueilli le {date_fr} au palais présidentiel de Hanoï par son homologue vietnamien, au premier jour d'une visite d'État.",
                    "Cérémonie officielle à Hanoï le {date_fr} pour le président français, arrivé au Vietnam pour une visite d'État.",
                ],
                "Les deux pays ont convenu d'approfondir leur partenariat stratégique global, notamment dans l'aéronautique, l'énergie, le ferroviaire urbain, la santé et l'enseignement supérieur.",
                "{n} accords de coopération ont été signés. Le président doit également rencontrer des étudiants et se rendre à Hué.",
            ),
            "de": T(
                "Französischer Präsident zu Staatsbesuch in Vietnam",
                "Der französische Präsident ist am {date_de} in Hanoi mit militärischen Ehren empfangen worden. Beide Länder wollen ihre umfassende strategische Partnerschaft vertiefen.",
                "Unterzeichnet wurden {n} Abkommen, unter anderem zu Luftfahrt, Energie und Stadtbahnen.",
            ),
        },
    ),
    Story(
        "event-japan-investment-forum",
        "economy",
        "positive",
        count=5,
        event="vn-jp-forum",
        days=(55, 56),
        slots={"n": (40, 70), "k": (600, 900)},
        texts={
            "vi": T(
                [
                    "Diễn đàn đầu tư Việt Nam - Nhật Bản: {n} thỏa thuận được ký kết",
                    "Doanh nghiệp Nhật Bản cam kết mở rộng đầu tư tại Việt Nam",
                ],
                "Diễn đàn hợp tác đầu tư Việt Nam - Nhật Bản diễn ra tại Hà Nội ngày {date_vi} với sự tham dự của hơn {k} doanh nghiệp hai nước.",
                [
                    "Nhật Bản hiện là một trong những nhà đầu tư và đối tác ODA lớn nhất của Việt Nam. Tại diễn đàn, {n} thỏa thuận hợp tác đã được trao trong các lĩnh vực bán dẫn, năng lượng sạch và logistics.",
                    "Các doanh nghiệp Nhật Bản đề nghị tiếp tục cải thiện thủ tục hành chính, bảo đảm nguồn điện ổn định và nguồn nhân lực chất lượng cao.",
                ],
            ),
            "en": T(
                "Japanese firms sign {n} deals at Vietnam-Japan investment forum",
                "More than {k} businesses attended a Vietnam-Japan investment forum in Hanoi on {date_en}, where {n} cooperation agreements were exchanged in semiconductors, clean energy and logistics.",
                "Japanese companies asked for simpler procedures, a stable power supply and more skilled workers.",
            ),
            "ja": T(
                "ハノイで日越投資フォーラム、{n}件の協力文書を交換",
                "{date_cjk}、ハノイで日越投資フォーラムが開かれ、両国の企業{k}社以上が参加した。半導体やクリーンエネルギー、物流の分野で{n}件の協力文書が交わされた。",
                "日本企業からは行政手続きの簡素化や安定した電力供給を求める声が上がった。",
            ),
        },
    ),
    Story(
        "event-korea-tourism-roadshow",
        "tourism",
        "positive",
        count=4,
        event="kr-roadshow",
        days=(70, 71),
        texts={
            "vi": T(
                "Quảng bá du lịch Việt Nam tại Seoul và Busan",
                "Ngày {date_vi}, Cục Du lịch Quốc gia Việt Nam tổ chức chương trình giới thiệu điểm đến tại Seoul, với sự tham gia của nhiều doanh nghiệp lữ hành, hàng không và khách sạn hai nước.",
                "Hàn Quốc là một trong hai thị trường khách quốc tế lớn nhất của Việt Nam; chương trình tiếp tục được tổ chức tại Busan.",
            ),
            "ko": T(
                "베트남 관광청, 서울·부산서 관광 설명회",
                "베트남 관광청이 {date_ko} 서울에서 관광 설명회를 열고 다낭, 나트랑, 하롱베이 등 주요 관광지를 소개했다.",
                "한국은 베트남의 최대 관광객 송출국 가운데 하나다. 설명회는 부산에서도 이어진다.",
            ),
            "en": T(
                "Vietnam woos South Korean travellers with Seoul roadshow",
                "Vietnam's national tourism authority held a destination roadshow in Seoul on {date_en}, with travel firms, airlines and hotels from both countries taking part.",
                "South Korea is one of Vietnam's two largest source markets; the roadshow moves on to Busan.",
            ),
        },
    ),
    Story(
        "event-typhoon-central",
        "environment",
        "negative",
        count=6,
        wire=True,
        event="typhoon",
        days=(18, 19),
        slots={"place": "central", "n": (5, 19), "k": (20, 90)},
        texts={
            "vi": T(
                ["Bão đổ bộ miền Trung, {n} người chết và mất tích", "Bão gây mưa lớn, ngập sâu tại {place}"],
                "Cơn bão mạnh đổ bộ vào các tỉnh miền Trung rạng sáng {date_vi}, gây mưa rất to, gió giật mạnh làm {n} người chết và mất tích, hàng nghìn ngôi nhà bị tốc mái.",
                [
                    "Tại {place_full}{place_note}, nhiều khu dân cư ngập sâu, khoảng {k} nghìn người đã được sơ tán đến nơi an toàn trước khi bão vào.",
                    "Lực lượng quân đội, công an đã hỗ trợ {place} sơ tán khoảng {k} nghìn người dân ra khỏi vùng nguy hiểm.",
                ],
                "Thủ tướng yêu cầu các địa phương tập trung tìm kiếm người mất tích, khắc phục hậu quả và sớm ổn định đời sống người dân.",
            ),
            "en": T(
                [
                    "Typhoon hits central Vietnam, {n} dead or missing",
                    "Storm floods central Vietnamese province of {place}",
                ],
                "A powerful typhoon made landfall in central Vietnam early on {date_en}, bringing torrential rain and strong winds that left {n} people dead or missing and tore roofs off thousands of houses.",
                "In {place_full}{place_note}, about {k},000 people were evacuated before the storm arrived.",
                "The government ordered search and relief efforts to continue around the clock.",
            ),
            "fr": T(
                "Un typhon frappe le centre du Vietnam, au moins {n} morts et disparus",
                "Un puissant typhon a touché terre le {date_fr} dans le centre du Vietnam, provoquant des pluies torrentielles. Le bilan fait état de {n} morts et disparus.",
                "Quelque {k} 000 habitants de {place_full} avaient été évacués avant l'arrivée de la tempête.",
            ),
            "zh": T(
                "台风登陆越南中部 造成{n}人死亡和失踪",
                "强台风{date_cjk}凌晨在越南中部登陆，带来强降雨和大风，已造成{n}人死亡和失踪，数千间房屋受损。",
                "{place_full}约{k}000人已提前转移到安全地带。",
            ),
            "ja": T(
                "ベトナム中部に台風上陸、{n}人死亡・不明",
                "強い台風が{date_cjk}未明、ベトナム中部に上陸し、大雨と暴風で{n}人が死亡または行方不明となった。",
                "{place_full}では上陸前に約{k}000人が避難した。",
            ),
        },
    ),
]
