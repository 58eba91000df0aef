# ruff: noqa: E501
"""Sea and islands, environment, science and technology stories. Written by the ttdn project."""

from __future__ import annotations

from ..base import Story, T

STORIES = [
    Story(
        "sea-east-sea-conference",
        "sea_islands",
        "neutral",
        count=6,
        slots={"n": (200, 400), "k": (15, 30)},
        texts={
            "vi": T(
                [
                    "Hội thảo quốc tế về Biển Đông lần thứ {k} khai mạc tại Hà Nội",
                    "Hà Nội: Học giả quốc tế thảo luận về hợp tác và an ninh trên Biển Đông",
                    "Chuyên gia nhiều nước bàn về luật pháp quốc tế và hòa bình ở Biển Đông",
                ],
                [
                    "Sáng {date_vi}, Hội thảo khoa học quốc tế về Biển Đông lần thứ {k} đã khai mạc tại Hà Nội với sự tham dự của khoảng {n} đại biểu là học giả, nhà ngoại giao và chuyên gia đến từ nhiều quốc gia.",
                    "Khoảng {n} học giả và nhà hoạch định chính sách đã có mặt tại Hà Nội ngày {date_vi} để tham dự hội thảo quốc tế thường niên về Biển Đông.",
                ],
                [
                    "Các phiên thảo luận tập trung vào việc thực thi Công ước Liên hợp quốc về Luật Biển năm 1982, tiến trình đàm phán Bộ quy tắc ứng xử và hợp tác bảo vệ môi trường biển.",
                    "Nhiều đại biểu nhấn mạnh tầm quan trọng của việc tuân thủ luật pháp quốc tế, kiềm chế và không có hành động làm phức tạp tình hình trên Biển Đông.",
                ],
                "Phát biểu khai mạc, đại diện ban tổ chức cho rằng đối thoại cởi mở giữa các học giả góp phần xây dựng lòng tin và tìm kiếm giải pháp hòa bình cho các tranh chấp.",
            ),
            "en": T(
                [
                    "Scholars gather in Hanoi for annual South China Sea conference",
                    "Hanoi conference urges respect for UNCLOS in East Sea",
                ],
                "Around {n} scholars, diplomats and experts from many countries gathered in Hanoi on {date_en} for the {k}th international conference on the East Sea, as the South China Sea is known in Vietnam.",
                [
                    "Sessions focused on implementing the 1982 UN Convention on the Law of the Sea, negotiations on a Code of Conduct and cooperation to protect the marine environment.",
                    "Several speakers stressed restraint and adherence to international law as tensions at sea persisted.",
                ],
                "Organisers said open dialogue among scholars helped build trust and find peaceful solutions.",
            ),
            "fr": T(
                "À Hanoï, des experts débattent de la sécurité en mer Orientale",
                "Quelque {n} chercheurs et diplomates se sont réunis le {date_fr} à Hanoï pour la {k}e conférence internationale sur la mer Orientale (mer de Chine méridionale).",
                "Les débats ont porté sur la Convention des Nations unies sur le droit de la mer de 1982 et sur les négociations d'un code de conduite.",
            ),
        },
    ),
    Story(
        "sea-fishing-boat-attacked",
        "sea_islands",
        "negative",
        count=5,
        wire=True,
        slots={"place": "central", "n": (6, 14)},
        texts={
            "vi": T(
                [
                    "Tàu cá {place} bị tấn công, cướp tài sản khi đang khai thác ở Hoàng Sa",
                    "Ngư dân {place} bị hành hung, tàu cá bị đập phá tại vùng biển Hoàng Sa",
                ],
                "Một tàu cá của ngư dân {place_full}{place_note} với {n} thuyền viên đã bị một nhóm người trên tàu nước ngoài lên tàu hành hung, tịch thu ngư cụ và hải sản khi đang đánh bắt tại vùng biển quần đảo Hoàng Sa của Việt Nam.",
                [
                    "Sau sự việc, tàu cá đã trở về bờ an toàn, một số ngư dân bị thương nhẹ được đưa đi sơ cứu.",
                    "Các thuyền viên đều đã về đến cảng an toàn; chính quyền địa phương đã đến thăm hỏi, hỗ trợ.",
                ],
                "Bộ Ngoại giao cho biết Việt Nam kiên quyết phản đối hành vi trên, yêu cầu phía liên quan điều tra, không để tái diễn và bồi thường thiệt hại cho ngư dân.",
            ),
            "en": T(
                [
                    "Vietnamese fishermen assaulted near Paracel Islands, Hanoi protests",
                    "Vietnam protests attack on fishing boat in Hoang Sa waters",
                ],
                "A fishing boat from {place_full}{place_note} with {n} crew was boarded by men from a foreign vessel near the Paracel Islands, who assaulted the fishermen and seized their catch and gear, Vietnamese officials said.",
                "The boat returned to port and several crew members were treated for minor injuries.",
                "Vietnam's foreign ministry said it firmly opposed the act and demanded an investigation and compensation.",
            ),
            "fr": T(
                "Des pêcheurs vietnamiens agressés près des îles Paracels",
                "Un bateau de pêche de {place_full} avec {n} marins à bord a été arraisonné près des Paracels par des hommes venus d'un navire étranger, selon les autorités vietnamiennes.",
                "Hanoï a protesté et exigé une enquête ainsi qu'une indemnisation des pêcheurs.",
            ),
            "ja": T(
                "南シナ海でベトナム漁船が襲撃される",
                "ベトナム当局によると、南シナ海のパラセル（西沙）諸島付近で操業中だったベトナムの{place_full}の漁船が外国船の乗組員に乗り込まれ、漁具や漁獲物を奪われた。乗組員は{n}人。",
                "ベトナム外務省は強く抗議し、調査と補償を求めた。",
            ),
        },
    ),
    Story(
        "sea-iuu-yellow-card",
        "sea_islands",
        "neutral",
        count=5,
        wire=True,
        slots={"place": "coast", "n": (4, 8)},
        texts={
            "vi": T(
                [
                    "Nỗ lực gỡ 'thẻ vàng' IUU: {place} kiểm soát chặt tàu cá ra khơi",
                    "Đoàn thanh tra châu Âu kiểm tra chống khai thác IUU tại {place}",
                ],
                "Trước đợt kiểm tra của Ủy ban châu Âu, {place_full}{place_note} đã rà soát toàn bộ tàu cá, bảo đảm 100% tàu dài từ 15 mét trở lên lắp thiết bị giám sát hành trình.",
                [
                    "Chính quyền xử phạt nghiêm các trường hợp tàu mất kết nối quá {n} giờ, đồng thời tuyên truyền để ngư dân không vi phạm vùng biển nước ngoài.",
                    "Lực lượng biên phòng phối hợp kiểm tra tại cảng, truy xuất nguồn gốc sản lượng thủy sản bốc dỡ.",
                ],
                "Việt Nam bị áp 'thẻ vàng' từ năm 2017 và đang nỗ lực khắc phục các khuyến nghị của Ủy ban châu Âu.",
            ),
            "en": T(
                "Vietnam tightens fishing controls ahead of EU yellow card review",
                "Ahead of a European Commission inspection, {place_full}{place_note} has checked its entire fishing fleet and says every boat of 15 metres or longer now carries a vessel monitoring device.",
                "Boats that lose connection for more than {n} hours face fines, and border guards are checking catch documentation at ports.",
                "The EU issued Vietnam a 'yellow card' over illegal, unreported and unregulated fishing in 2017.",
            ),
            "fr": T(
                "Pêche illégale : le Vietnam redouble d'efforts pour lever le « carton jaune » européen",
                "Avant une nouvelle inspection de la Commission européenne, les autorités de {place} affirment que tous les bateaux de plus de 15 mètres sont désormais équipés de balises de suivi.",
                "Bruxelles a adressé un « carton jaune » au Vietnam en 2017 pour pêche illicite, non déclarée et non réglementée.",
            ),
        },
    ),
    Story(
        "sea-coastguard-cooperation",
        "sea_islands",
        "positive",
        count=4,
        texts={
            "vi": T(
                "Cảnh sát biển Việt Nam và Nhật Bản diễn tập tìm kiếm cứu nạn",
                "Ngày {date_vi}, lực lượng Cảnh sát biển Việt Nam và Nhật Bản phối hợp diễn tập tìm kiếm cứu nạn, ứng phó sự cố tràn dầu trên vùng biển ngoài khơi Đà Nẵng.",
                [
                    "Hai bên đánh giá cuộc diễn tập góp phần nâng cao khả năng phối hợp, xây dựng lòng tin và bảo đảm an toàn hàng hải.",
                    "Hoạt động nằm trong kế hoạch hợp tác giữa hai lực lượng, bên cạnh các khóa đào tạo về thực thi pháp luật trên biển.",
                ],
            ),
            "en": T(
                "Vietnamese and Japanese coast guards hold joint rescue drill",
                "The coast guards of Vietnam and Japan held a joint search-and-rescue and oil-spill response drill off Da Nang on {date_en}.",
                "Officers said the exercise improved coordination and trust and contributed to maritime safety.",
            ),
            "ja": T(
                "海上保安庁とベトナム海上警察、ダナン沖で合同訓練",
                "海上保安庁とベトナム海上警察は{date_cjk}、ダナン沖で捜索救助と油流出対応の合同訓練を実施した。",
                "両機関は法執行能力の向上に向けた研修でも協力している。",
            ),
            "ko": T(
                "한-베트남 해경, 다낭 앞바다서 합동 수색구조 훈련",
                "한국과 베트남 해양경찰이 {date_ko} 다낭 앞바다에서 합동 수색구조 및 기름 유출 대응 훈련을 실시했다.",
                "양국은 해양 안전 분야 협력을 확대하기로 했다.",
            ),
        },
    ),
    Story(
        "sea-south-china-sea-talks",
        "sea_islands",
        "neutral",
        count=4,
        texts={
            "zh": T(
                ["中越举行海上问题磋商", "中越就海上合作交换意见"],
                "中越两国{date_cjk}在河内举行海上问题工作组磋商，双方就南海局势和海上合作深入交换意见。",
                [
                    "双方同意继续落实两国领导人达成的共识，妥善管控分歧，维护南海和平稳定。",
                    "双方表示将推进海洋环保、搜救等低敏感领域合作。",
                ],
            ),
            "ru": T(
                "Вьетнам и Китай провели консультации по морским вопросам",
                "{date_ru} в Ханое прошли консультации Вьетнама и Китая по морским вопросам. Стороны обсудили ситуацию в Южно-Китайском море.",
                "Стороны договорились урегулировать разногласия мирными средствами и развивать сотрудничество в поиске и спасении на море.",
            ),
        },
    ),
    Story(
        "env-hanoi-air",
        "environment",
        "negative",
        count=5,
        slots={"aqi": (160, 280)},
        texts={
            "vi": T(
                [
                    "Hà Nội ô nhiễm không khí, chỉ số AQI vượt {aqi}",
                    "Không khí Hà Nội ở mức xấu, người dân được khuyến cáo hạn chế ra đường",
                ],
                "Sáng {date_vi}, nhiều trạm quan trắc tại Hà Nội ghi nhận chỉ số chất lượng không khí (AQI) vượt {aqi}, ở mức xấu đến rất xấu, chủ yếu do bụi mịn PM2.5.",
                [
                    "Chuyên gia cho biết thời tiết lặng gió, nghịch nhiệt vào mùa đông cùng khí thải giao thông và đốt rơm rạ là nguyên nhân chính.",
                    "Ngoài khí thải xe máy, hoạt động xây dựng và đốt phụ phẩm nông nghiệp ở vùng ven cũng góp phần làm chất lượng không khí suy giảm.",
                ],
                "Cơ quan y tế khuyến cáo người già, trẻ nhỏ và người có bệnh hô hấp hạn chế hoạt động ngoài trời, đeo khẩu trang khi ra đường.",
            ),
            "en": T(
                [
                    "Hanoi smog: air quality index tops {aqi}",
                    "Hanoi residents told to stay indoors as pollution spikes",
                ],
                "Air quality monitors across Hanoi recorded an index above {aqi} on the morning of {date_en}, in the 'unhealthy' to 'very unhealthy' range, driven by fine PM2.5 dust.",
                "Experts blame still winter weather, traffic emissions, construction and straw burning in surrounding farmland.",
                "Health authorities advised the elderly, children and people with respiratory illness to limit outdoor activity.",
            ),
            "fr": T(
                "Hanoï suffoque sous la pollution",
                "L'indice de qualité de l'air a dépassé {aqi} le {date_fr} dans plusieurs quartiers de Hanoï, en raison des particules fines PM2,5.",
                "Les spécialistes pointent le manque de vent, la circulation des deux-roues et le brûlage de la paille dans les campagnes voisines.",
            ),
        },
    ),
    Story(
        "env-mekong-subsidence",
        "environment",
        "negative",
        count=4,
        slots={"place": "mekong", "cm": (2, 5)},
        texts={
            "vi": T(
                [
                    "Sụt lún, xâm nhập mặn đe dọa đồng bằng sông Cửu Long",
                    "Đất ở {place} lún trung bình {cm} cm mỗi năm",
                ],
                "Theo các nhà khoa học, nhiều khu vực tại {place_full}{place_note} đang sụt lún trung bình khoảng {cm} cm mỗi năm, chủ yếu do khai thác nước ngầm quá mức.",
                [
                    "Kết hợp với nước biển dâng và xâm nhập mặn, tình trạng này đe dọa sinh kế của hàng triệu nông dân vùng đồng bằng.",
                    "Nhiều tuyến đê bao, đường giao thông nông thôn đã xuất hiện vết nứt, sạt lở.",
                ],
                "Các chuyên gia kiến nghị hạn chế khai thác nước ngầm, chuyển sang cấp nước mặt và điều chỉnh cơ cấu cây trồng.",
            ),
            "en": T(
                "Sinking land and salt water threaten Vietnam's Mekong Delta",
                "Parts of {place_full}{place_note} are sinking by about {cm} centimetres a year, mainly because of excessive groundwater pumping, scientists say.",
                "Combined with rising seas and saltwater intrusion, subsidence threatens the livelihoods of millions of farmers.",
            ),
            "de": T(
                "Das Mekong-Delta versinkt",
                "Teile von {place_full} sinken nach Angaben von Wissenschaftlern um etwa {cm} Zentimeter pro Jahr, vor allem wegen übermäßiger Grundwasserentnahme.",
                "Zusammen mit dem steigenden Meeresspiegel und eindringendem Salzwasser bedroht das die Lebensgrundlage von Millionen Bauern.",
            ),
        },
    ),
    Story(
        "env-mangrove-restoration",
        "environment",
        "positive",
        count=4,
        slots={"place": "mekong", "ha": (150, 900)},
        texts={
            "vi": T(
                [
                    "{place} trồng mới {ha} ha rừng ngập mặn, giữ đất ven biển",
                    "Rừng ngập mặn hồi sinh ở {place} nhờ dự án hợp tác quốc tế",
                ],
                "Năm nay, {place_full}{place_note} đã trồng mới khoảng {ha} ha rừng ngập mặn ven biển với sự hỗ trợ của các tổ chức quốc tế và sự tham gia của người dân.",
                [
                    "Rừng ngập mặn giúp giảm sóng, chống sạt lở và tạo sinh kế từ nuôi tôm sinh thái.",
                    "Người dân được hỗ trợ cây giống và hưởng lợi từ mô hình tôm - rừng có chứng nhận quốc tế.",
                ],
            ),
            "en": T(
                "{place} replants {ha} hectares of mangroves to protect coastline",
                "{place_full}{place_note} has replanted about {ha} hectares of coastal mangroves this year with support from international organisations and local communities.",
                "The forests break waves, curb erosion and support certified eco-shrimp farming.",
            ),
            "ko": T(
                "베트남 메콩델타 맹그로브 숲 복원…한국 지원 사업",
                "베트남 {place_full}에서 한국 정부가 지원하는 맹그로브 숲 복원 사업으로 올해 약 {ha}헥타르에 나무가 새로 심어졌다.",
                "맹그로브 숲은 해안 침식을 막고 주민들의 소득원이 되고 있다.",
            ),
        },
    ),
    Story(
        "sci-ai-startups",
        "science_tech",
        "positive",
        count=5,
        slots={"n": (80, 300)},
        texts={
            "vi": T(
                [
                    "Startup AI Việt Nam gọi vốn {n} triệu USD, mở rộng ra khu vực",
                    "Việt Nam thúc đẩy hệ sinh thái trí tuệ nhân tạo",
                ],
                "Theo báo cáo công bố ngày {date_vi}, các doanh nghiệp khởi nghiệp công nghệ Việt Nam đã gọi được khoảng {n} triệu USD từ đầu năm, trong đó trí tuệ nhân tạo và thanh toán số dẫn đầu.",
                [
                    "Luật Công nghiệp công nghệ số có hiệu lực tạo hành lang pháp lý cho các sản phẩm AI, bán dẫn và tài sản số.",
                    "Nhiều startup đã mở văn phòng tại Singapore, Nhật Bản để tiếp cận khách hàng khu vực.",
                ],
            ),
            "en": T(
                "Vietnamese AI start-ups raise ${n} million as ecosystem matures",
                "Vietnamese technology start-ups have raised about ${n} million so far this year, with artificial intelligence and digital payments leading, according to a report released on {date_en}.",
                "A new law on the digital technology industry gives a legal framework for AI, semiconductors and digital assets.",
            ),
            "ja": T(
                "ベトナムのAIスタートアップ、資金調達が拡大",
                "ベトナムのテック系スタートアップの今年の資金調達額は約{n}00万ドルに達し、AIとデジタル決済が中心となっている。",
                "日本に拠点を設け、日本企業向けにサービスを提供する企業も増えている。",
            ),
        },
    ),
    Story(
        "sci-online-fraud",
        "science_tech",
        "negative",
        count=4,
        slots={"n": (300, 900)},
        texts={
            "vi": T(
                [
                    "Lừa đảo trực tuyến gia tăng, người dân mất hàng trăm tỷ đồng",
                    "Cảnh báo thủ đoạn giả danh cơ quan chức năng để lừa đảo qua mạng",
                ],
                "Bộ Công an cho biết từ đầu năm đã ghi nhận hàng nghìn vụ lừa đảo trực tuyến, thiệt hại khoảng {n} tỷ đồng, với thủ đoạn giả danh công an, ngân hàng và nhân viên điện lực.",
                [
                    "Kẻ gian thường yêu cầu nạn nhân cài ứng dụng giả mạo để chiếm quyền điều khiển điện thoại.",
                    "Nhiều đối tượng sử dụng công nghệ giả giọng nói và hình ảnh để tạo lòng tin.",
                ],
                "Người dân được khuyến cáo không cung cấp mã OTP và báo ngay cho cơ quan công an khi nghi ngờ.",
            ),
            "en": T(
                "Online scams cost Vietnamese victims billions of dong",
                "Vietnam's public security ministry says thousands of online fraud cases have been reported this year, with losses of around {n} billion dong, often by criminals posing as police, bank or utility staff.",
                "Scammers increasingly use fake apps and voice-cloning to win victims' trust.",
            ),
            "ko": T(
                "베트남서 온라인 사기 급증…공안 사칭 수법 기승",
                "베트남 공안부에 따르면 올해 온라인 사기 피해액이 약 {n}0억 동에 이르는 것으로 집계됐다.",
                "범인들은 공안이나 은행 직원을 사칭하고 가짜 앱 설치를 유도하는 수법을 쓰고 있다.",
            ),
        },
    ),
]
