# ruff: noqa: E501
"""Demo fact base: public facts with the official document each rests on.

Only facts and documents we are sure of; URLs point at the issuing body's own site (home or
well-known section) rather than guessed deep links. Wording is our own.
"""

from __future__ import annotations

from datetime import date

MOFA = "https://mofa.gov.vn/"
CHINHPHU = "https://vanban.chinhphu.vn/"
QUOCHOI = "https://quochoi.vn/"
GSO = "https://www.gso.gov.vn/"
UN = "https://www.un.org/"

FACTS: list[dict] = [
    {
        "slug": "doi-tac-chien-luoc-toan-dien-9-nuoc-2024",
        "category": "foreign_relations",
        "vi": "Tính đến ngày 21/11/2024, Việt Nam đã thiết lập quan hệ Đối tác chiến lược toàn diện với 9 quốc gia: Trung Quốc, Liên bang Nga, Ấn Độ, Hàn Quốc, Hoa Kỳ, Nhật Bản, Australia, Pháp và Malaysia.",
        "en": "As of 21 November 2024, Viet Nam had comprehensive strategic partnerships with 9 countries: China, the Russian Federation, India, the Republic of Korea, the United States, Japan, Australia, France and Malaysia.",
        "fr": "Au 21 novembre 2024, le Viet Nam avait établi des partenariats stratégiques globaux avec 9 pays : la Chine, la Russie, l'Inde, la République de Corée, les États-Unis, le Japon, l'Australie, la France et la Malaisie.",
        "zh": "截至2024年11月21日，越南已与9个国家建立全面战略伙伴关系：中国、俄罗斯、印度、韩国、美国、日本、澳大利亚、法国和马来西亚。",
        "ru": "По состоянию на 21 ноября 2024 года Вьетнам установил отношения всеобъемлющего стратегического партнёрства с 9 странами: Китаем, Россией, Индией, Республикой Корея, США, Японией, Австралией, Францией и Малайзией.",
        "valid_from": date(2024, 11, 21),
        "sources": [
            {
                "title": "Tuyên bố chung về việc nâng cấp quan hệ Việt Nam – Malaysia lên Đối tác chiến lược toàn diện",
                "issuer": "Bộ Ngoại giao",
                "date": date(2024, 11, 21),
                "url": MOFA,
            },
        ],
    },
    {
        "slug": "thanh-vien-lien-hop-quoc-1977",
        "category": "foreign_relations",
        "vi": "Việt Nam trở thành thành viên Liên hợp quốc ngày 20/9/1977.",
        "en": "Viet Nam became a member of the United Nations on 20 September 1977.",
        "fr": "Le Viet Nam est devenu membre de l'Organisation des Nations unies le 20 septembre 1977.",
        "zh": "越南于1977年9月20日成为联合国会员国。",
        "es": "Viet Nam ingresó en las Naciones Unidas el 20 de septiembre de 1977.",
        "valid_from": date(1977, 9, 20),
        "sources": [
            {
                "title": "Nghị quyết kết nạp Việt Nam làm thành viên Liên hợp quốc",
                "issuer": "Đại hội đồng Liên hợp quốc",
                "number": "A/RES/32/2",
                "date": date(1977, 9, 20),
                "url": UN,
            }
        ],
    },
    {
        "slug": "gia-nhap-asean-1995",
        "category": "foreign_relations",
        "vi": "Việt Nam gia nhập Hiệp hội các quốc gia Đông Nam Á (ASEAN) ngày 28/7/1995.",
        "en": "Viet Nam joined the Association of Southeast Asian Nations (ASEAN) on 28 July 1995.",
        "fr": "Le Viet Nam a adhéré à l'Association des nations de l'Asie du Sud-Est (ASEAN) le 28 juillet 1995.",
        "th": "เวียดนามเข้าเป็นสมาชิกสมาคมประชาชาติแห่งเอเชียตะวันออกเฉียงใต้ (อาเซียน) เมื่อวันที่ 28 กรกฎาคม 1995",
        "valid_from": date(1995, 7, 28),
        "sources": [
            {
                "title": "Lễ kết nạp Việt Nam vào ASEAN tại Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 28",
                "issuer": "ASEAN",
                "date": date(1995, 7, 28),
                "url": "https://asean.org/",
            }
        ],
    },
    {
        "slug": "thanh-vien-wto-2007",
        "category": "economy",
        "vi": "Việt Nam là thành viên chính thức thứ 150 của Tổ chức Thương mại thế giới (WTO) từ ngày 11/01/2007.",
        "en": "Viet Nam has been the 150th member of the World Trade Organization (WTO) since 11 January 2007.",
        "fr": "Le Viet Nam est le 150e membre de l'Organisation mondiale du commerce (OMC) depuis le 11 janvier 2007.",
        "de": "Viet Nam ist seit dem 11. Januar 2007 das 150. Mitglied der Welthandelsorganisation (WTO).",
        "valid_from": date(2007, 1, 11),
        "sources": [
            {
                "title": "Viet Nam and the WTO — member information",
                "issuer": "World Trade Organization",
                "date": date(2007, 1, 11),
                "url": "https://www.wto.org/",
            }
        ],
    },
    {
        "slug": "uy-vien-khong-thuong-truc-hdba-2020-2021",
        "category": "foreign_relations",
        "vi": "Ngày 7/6/2019, Đại hội đồng Liên hợp quốc bầu Việt Nam làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020–2021 với 192/193 phiếu thuận.",
        "en": "On 7 June 2019 the UN General Assembly elected Viet Nam a non-permanent member of the Security Council for 2020–2021, with 192 of 193 votes.",
        "fr": "Le 7 juin 2019, l'Assemblée générale des Nations unies a élu le Viet Nam membre non permanent du Conseil de sécurité pour 2020-2021, avec 192 voix sur 193.",
        "zh": "2019年6月7日，联合国大会以192票（共193票）选举越南为2020—2021年任期安理会非常任理事国。",
        "valid_from": date(2019, 6, 7),
        "sources": [
            {
                "title": "Bầu ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020–2021",
                "issuer": "Đại hội đồng Liên hợp quốc",
                "date": date(2019, 6, 7),
                "url": UN,
            }
        ],
    },
    {
        "slug": "hoi-dong-nhan-quyen-2023-2025",
        "category": "rights",
        "vi": "Ngày 11/10/2022, Đại hội đồng Liên hợp quốc bầu Việt Nam làm thành viên Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2023–2025.",
        "en": "On 11 October 2022 the UN General Assembly elected Viet Nam to the UN Human Rights Council for the 2023–2025 term.",
        "fr": "Le 11 octobre 2022, l'Assemblée générale des Nations unies a élu le Viet Nam au Conseil des droits de l'homme pour le mandat 2023-2025.",
        "valid_from": date(2022, 10, 11),
        "sources": [
            {
                "title": "Bầu thành viên Hội đồng Nhân quyền nhiệm kỳ 2023–2025",
                "issuer": "Đại hội đồng Liên hợp quốc",
                "date": date(2022, 10, 11),
                "url": UN,
            }
        ],
    },
    {
        "slug": "hien-phap-2013-dieu-24-tu-do-tin-nguong",
        "category": "rights",
        "vi": "Hiến pháp năm 2013 (Điều 24) quy định mọi người có quyền tự do tín ngưỡng, tôn giáo, theo hoặc không theo một tôn giáo nào; các tôn giáo bình đẳng trước pháp luật.",
        "en": "Article 24 of the 2013 Constitution provides that everyone has the right to freedom of belief and religion, to follow a religion or none, and that all religions are equal before the law.",
        "fr": "L'article 24 de la Constitution de 2013 dispose que chacun a droit à la liberté de croyance et de religion, de suivre ou non une religion, et que les religions sont égales devant la loi.",
        "zh": "2013年宪法第二十四条规定，人人享有信仰和宗教自由，有信奉或不信奉任何宗教的自由；各宗教在法律面前一律平等。",
        "valid_from": date(2014, 1, 1),
        "sources": [
            {
                "title": "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam",
                "issuer": "Quốc hội",
                "date": date(2013, 11, 28),
                "url": QUOCHOI,
                "excerpt": "Mọi người có quyền tự do tín ngưỡng, tôn giáo, theo hoặc không theo một tôn giáo nào.",
            }
        ],
    },
    {
        "slug": "luat-tin-nguong-ton-giao-2016",
        "category": "rights",
        "vi": "Luật Tín ngưỡng, tôn giáo số 02/2016/QH14 được Quốc hội thông qua ngày 18/11/2016 và có hiệu lực từ ngày 01/01/2018.",
        "en": "The Law on Belief and Religion (No. 02/2016/QH14) was passed by the National Assembly on 18 November 2016 and took effect on 1 January 2018.",
        "fr": "La loi sur les croyances et les religions (n° 02/2016/QH14) a été adoptée par l'Assemblée nationale le 18 novembre 2016 et est entrée en vigueur le 1er janvier 2018.",
        "valid_from": date(2018, 1, 1),
        "sources": [
            {
                "title": "Luật Tín ngưỡng, tôn giáo",
                "issuer": "Quốc hội",
                "number": "02/2016/QH14",
                "date": date(2016, 11, 18),
                "url": CHINHPHU,
            }
        ],
    },
    {
        "slug": "phe-chuan-unclos-1994",
        "category": "sovereignty",
        "vi": "Ngày 23/6/1994, Quốc hội Việt Nam phê chuẩn Công ước của Liên hợp quốc về Luật Biển năm 1982 (UNCLOS).",
        "en": "On 23 June 1994 Viet Nam's National Assembly ratified the 1982 United Nations Convention on the Law of the Sea (UNCLOS).",
        "fr": "Le 23 juin 1994, l'Assemblée nationale du Viet Nam a ratifié la Convention des Nations unies sur le droit de la mer de 1982 (CNUDM).",
        "zh": "1994年6月23日，越南国会批准了1982年《联合国海洋法公约》。",
        "ja": "1994年6月23日、ベトナム国会は1982年の国連海洋法条約（UNCLOS）を批准した。",
        "valid_from": date(1994, 6, 23),
        "sources": [
            {
                "title": "Nghị quyết về việc phê chuẩn Công ước của Liên hợp quốc về Luật Biển năm 1982",
                "issuer": "Quốc hội",
                "date": date(1994, 6, 23),
                "url": QUOCHOI,
            }
        ],
    },
    {
        "slug": "luat-bien-viet-nam-2012",
        "category": "sovereignty",
        "vi": "Luật Biển Việt Nam số 18/2012/QH13 được Quốc hội thông qua ngày 21/6/2012 và có hiệu lực từ ngày 01/01/2013.",
        "en": "The Law of the Sea of Viet Nam (No. 18/2012/QH13) was passed by the National Assembly on 21 June 2012 and took effect on 1 January 2013.",
        "zh": "《越南海洋法》（第18/2012/QH13号）于2012年6月21日由国会通过，自2013年1月1日起施行。",
        "valid_from": date(2013, 1, 1),
        "sources": [
            {
                "title": "Luật Biển Việt Nam",
                "issuer": "Quốc hội",
                "number": "18/2012/QH13",
                "date": date(2012, 6, 21),
                "url": CHINHPHU,
            }
        ],
    },
    {
        "slug": "chinh-sach-quoc-phong-bon-khong",
        "category": "sovereignty",
        "vi": "Sách trắng Quốc phòng Việt Nam năm 2019 nêu chính sách “bốn không”: không tham gia liên minh quân sự; không liên kết với nước này để chống nước kia; không cho nước ngoài đặt căn cứ quân sự hoặc sử dụng lãnh thổ Việt Nam để chống lại nước khác; không sử dụng vũ lực hoặc đe dọa sử dụng vũ lực trong quan hệ quốc tế.",
        "en": "Viet Nam's 2019 National Defence White Paper sets out the “four no's”: no military alliances; no siding with one country against another; no foreign military bases or use of Vietnamese territory against other countries; no use or threat of force in international relations.",
        "fr": "Le Livre blanc de la défense nationale du Viet Nam de 2019 énonce les « quatre non » : pas d'alliance militaire ; pas d'alignement sur un pays contre un autre ; pas de base militaire étrangère ni d'utilisation du territoire vietnamien contre d'autres pays ; pas de recours ni de menace de recours à la force dans les relations internationales.",
        "zh": "《2019年越南国防白皮书》提出“四不”政策：不参加军事同盟；不与一国联合反对另一国；不允许外国在越南设立军事基地或利用越南领土反对其他国家；不在国际关系中使用武力或以武力相威胁。",
        "ru": "Белая книга по национальной обороне Вьетнама 2019 года провозглашает принцип «четырёх нет»: не вступать в военные союзы; не объединяться с одной страной против другой; не допускать иностранных военных баз и использования территории Вьетнама против других стран; не применять силу и не угрожать её применением в международных отношениях.",
        "valid_from": date(2019, 11, 25),
        "sources": [
            {
                "title": "Sách trắng Quốc phòng Việt Nam 2019",
                "issuer": "Bộ Quốc phòng",
                "date": date(2019, 11, 25),
                "url": "https://mod.gov.vn/",
            }
        ],
    },
    {
        "slug": "evfta-hieu-luc-2020",
        "category": "economy",
        "vi": "Hiệp định Thương mại tự do Việt Nam – Liên minh châu Âu (EVFTA) có hiệu lực từ ngày 01/8/2020, sau khi được Quốc hội phê chuẩn ngày 08/6/2020.",
        "en": "The EU–Viet Nam Free Trade Agreement (EVFTA) entered into force on 1 August 2020, after Viet Nam's National Assembly ratified it on 8 June 2020.",
        "fr": "L'accord de libre-échange entre l'Union européenne et le Viet Nam (EVFTA) est entré en vigueur le 1er août 2020, après sa ratification par l'Assemblée nationale le 8 juin 2020.",
        "de": "Das Freihandelsabkommen zwischen der EU und Viet Nam (EVFTA) ist am 1. August 2020 in Kraft getreten, nachdem die Nationalversammlung es am 8. Juni 2020 ratifiziert hatte.",
        "valid_from": date(2020, 8, 1),
        "sources": [
            {
                "title": "Nghị quyết phê chuẩn Hiệp định Thương mại tự do giữa Việt Nam và Liên minh châu Âu",
                "issuer": "Quốc hội",
                "number": "102/2020/QH14",
                "date": date(2020, 6, 8),
                "url": QUOCHOI,
            }
        ],
    },
    {
        "slug": "cptpp-hieu-luc-2019",
        "category": "economy",
        "vi": "Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương (CPTPP) có hiệu lực đối với Việt Nam từ ngày 14/01/2019.",
        "en": "The Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) entered into force for Viet Nam on 14 January 2019.",
        "ja": "環太平洋パートナーシップに関する包括的及び先進的な協定（CPTPP）は、2019年1月14日にベトナムについて発効した。",
        "valid_from": date(2019, 1, 14),
        "sources": [
            {
                "title": "Nghị quyết phê chuẩn Hiệp định CPTPP và các văn kiện liên quan",
                "issuer": "Quốc hội",
                "number": "72/2018/QH14",
                "date": date(2018, 11, 12),
                "url": QUOCHOI,
            }
        ],
    },
    {
        "slug": "tang-truong-gdp-2024",
        "category": "economy",
        "vi": "Tổng sản phẩm trong nước (GDP) năm 2024 của Việt Nam tăng 7,09% so với năm 2023.",
        "en": "Viet Nam's gross domestic product (GDP) grew by 7.09% in 2024 compared with 2023.",
        "fr": "Le produit intérieur brut (PIB) du Viet Nam a progressé de 7,09 % en 2024 par rapport à 2023.",
        "zh": "2024年越南国内生产总值（GDP）比2023年增长7.09%。",
        "ko": "2024년 베트남의 국내총생산(GDP)은 2023년 대비 7.09% 성장했다.",
        "valid_from": date(2025, 1, 6),
        "sources": [
            {
                "title": "Thông cáo báo chí tình hình kinh tế – xã hội quý IV và năm 2024",
                "issuer": "Tổng cục Thống kê",
                "date": date(2025, 1, 6),
                "url": GSO,
            }
        ],
    },
    {
        "slug": "cam-ket-net-zero-2050",
        "category": "environment",
        "vi": "Tại COP26 (tháng 11/2021), Việt Nam cam kết đưa mức phát thải ròng khí nhà kính về “0” vào năm 2050; mục tiêu này được cụ thể hóa trong Chiến lược quốc gia về biến đổi khí hậu giai đoạn đến năm 2050.",
        "en": "At COP26 (November 2021) Viet Nam committed to net-zero greenhouse gas emissions by 2050; the target is set out in the National Climate Change Strategy to 2050.",
        "fr": "Lors de la COP26 (novembre 2021), le Viet Nam s'est engagé à atteindre la neutralité carbone d'ici 2050 ; l'objectif figure dans la Stratégie nationale sur le changement climatique à l'horizon 2050.",
        "valid_from": date(2022, 7, 26),
        "sources": [
            {
                "title": "Quyết định phê duyệt Chiến lược quốc gia về biến đổi khí hậu giai đoạn đến năm 2050",
                "issuer": "Thủ tướng Chính phủ",
                "number": "896/QĐ-TTg",
                "date": date(2022, 7, 26),
                "url": CHINHPHU,
            }
        ],
    },
    {
        "slug": "34-don-vi-hanh-chinh-cap-tinh-2025",
        "category": "governance",
        "vi": "Từ ngày 01/7/2025, Việt Nam có 34 đơn vị hành chính cấp tỉnh (trước đó là 63), theo Nghị quyết số 202/2025/QH15 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh.",
        "en": "Since 1 July 2025 Viet Nam has 34 provincial-level administrative units (previously 63), under National Assembly Resolution No. 202/2025/QH15 on the reorganisation of provincial-level units.",
        "fr": "Depuis le 1er juillet 2025, le Viet Nam compte 34 unités administratives de niveau provincial (contre 63 auparavant), en application de la résolution n° 202/2025/QH15 de l'Assemblée nationale.",
        "zh": "自2025年7月1日起，越南共有34个省级行政单位（此前为63个），依据国会关于省级行政单位调整的第202/2025/QH15号决议。",
        "valid_from": date(2025, 7, 1),
        "sources": [
            {
                "title": "Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh",
                "issuer": "Quốc hội",
                "number": "202/2025/QH15",
                "date": date(2025, 6, 12),
                "url": QUOCHOI,
            }
        ],
    },
    {
        "slug": "thi-thuc-dien-tu-moi-quoc-gia-2023",
        "category": "governance",
        "vi": "Từ ngày 15/8/2023, Việt Nam cấp thị thực điện tử cho công dân của tất cả các nước và vùng lãnh thổ, với thời hạn tối đa 90 ngày, nhập cảnh một lần hoặc nhiều lần.",
        "en": "Since 15 August 2023 Viet Nam has issued e-visas to citizens of all countries and territories, valid for up to 90 days, for single or multiple entry.",
        "fr": "Depuis le 15 août 2023, le Viet Nam délivre des visas électroniques aux ressortissants de tous les pays et territoires, valables jusqu'à 90 jours, pour une ou plusieurs entrées.",
        "zh": "自2023年8月15日起，越南向所有国家和地区的公民签发电子签证，有效期最长90天，可单次或多次入境。",
        "ko": "베트남은 2023년 8월 15일부터 모든 국가와 지역의 국민에게 최대 90일, 단수 또는 복수 입국이 가능한 전자비자를 발급하고 있다.",
        "ja": "ベトナムは2023年8月15日から、すべての国・地域の国民に対し、最長90日間・一次または数次入国の電子ビザを発給している。",
        "ru": "С 15 августа 2023 года Вьетнам выдаёт электронные визы гражданам всех стран и территорий сроком до 90 дней, с однократным или многократным въездом.",
        "valid_from": date(2023, 8, 15),
        "sources": [
            {
                "title": "Luật sửa đổi, bổ sung một số điều của Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam",
                "issuer": "Quốc hội",
                "number": "23/2023/QH15",
                "date": date(2023, 6, 24),
                "url": CHINHPHU,
            },
            {
                "title": "Nghị quyết về việc cấp thị thực điện tử cho công dân các nước, vùng lãnh thổ",
                "issuer": "Chính phủ",
                "number": "127/NQ-CP",
                "date": date(2023, 8, 14),
                "url": CHINHPHU,
            },
        ],
    },
    {
        "slug": "ket-luan-57-nghi-quyet-47",
        "category": "governance",
        "vi": "Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị yêu cầu tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại; Chính phủ ban hành Chương trình hành động thực hiện Kết luận này bằng Nghị quyết số 47/NQ-CP ngày 15/4/2024.",
        "en": "Politburo Conclusion No. 57-KL/TW of 15 June 2023 calls for better quality and effectiveness of foreign information work; the Government adopted its action programme to implement it in Resolution No. 47/NQ-CP of 15 April 2024.",
        "valid_from": date(2024, 4, 15),
        "sources": [
            {
                "title": "Kết luận về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới",
                "issuer": "Bộ Chính trị",
                "number": "57-KL/TW",
                "date": date(2023, 6, 15),
                "url": "https://tulieuvankien.dangcongsan.vn/",
            },
            {
                "title": "Nghị quyết ban hành Chương trình hành động của Chính phủ đến năm 2030 thực hiện Kết luận số 57-KL/TW",
                "issuer": "Chính phủ",
                "number": "47/NQ-CP",
                "date": date(2024, 4, 15),
                "url": CHINHPHU,
            },
        ],
    },
    {
        "slug": "nghi-dinh-72-2015-thong-tin-doi-ngoai",
        "category": "governance",
        "vi": "Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ quy định về quản lý hoạt động thông tin đối ngoại.",
        "en": "Government Decree No. 72/2015/ND-CP of 7 September 2015 governs the management of foreign information activities.",
        "valid_from": date(2015, 9, 7),
        "sources": [
            {
                "title": "Nghị định về quản lý hoạt động thông tin đối ngoại",
                "issuer": "Chính phủ",
                "number": "72/2015/NĐ-CP",
                "date": date(2015, 9, 7),
                "url": CHINHPHU,
            }
        ],
    },
    {
        "slug": "luat-an-toan-thuc-pham-2010",
        "category": "society",
        "vi": "Luật An toàn thực phẩm số 55/2010/QH12 được Quốc hội thông qua ngày 17/6/2010 và có hiệu lực từ ngày 01/7/2011.",
        "en": "The Law on Food Safety (No. 55/2010/QH12) was passed by the National Assembly on 17 June 2010 and took effect on 1 July 2011.",
        "ja": "食品安全法（第55/2010/QH12号）は2010年6月17日に国会で可決され、2011年7月1日に施行された。",
        "valid_from": date(2011, 7, 1),
        "sources": [
            {
                "title": "Luật An toàn thực phẩm",
                "issuer": "Quốc hội",
                "number": "55/2010/QH12",
                "date": date(2010, 6, 17),
                "url": CHINHPHU,
            }
        ],
    },
]
