# ruff: noqa: E501
"""Human rights, health, education and sports stories. Written by the ttdn project for the demo."""

from __future__ import annotations

from ..base import Story, T

STORIES = [
    Story(
        "hr-upr-implementation",
        "human_rights",
        "positive",
        count=5,
        wire=True,
        slots={"n": (240, 320), "pct": (85, 95)},
        texts={
            "vi": T(
                [
                    "Việt Nam công bố báo cáo giữa kỳ thực hiện khuyến nghị UPR",
                    "Việt Nam đã thực hiện {pct}% khuyến nghị UPR chu kỳ IV",
                ],
                "Ngày {date_vi}, Bộ Ngoại giao công bố báo cáo giữa kỳ về việc thực hiện các khuyến nghị Việt Nam đã chấp thuận trong cơ chế Rà soát định kỳ phổ quát (UPR) chu kỳ IV của Hội đồng Nhân quyền Liên hợp quốc.",
                [
                    "Theo báo cáo, Việt Nam đã và đang thực hiện khoảng {pct}% trong tổng số {n} khuyến nghị đã chấp thuận, tập trung vào giảm nghèo, giáo dục, y tế, bảo vệ nhóm dễ bị tổn thương.",
                    "Báo cáo nêu rõ những kết quả trong bảo đảm quyền của phụ nữ, trẻ em, người khuyết tật và đồng bào dân tộc thiểu số.",
                ],
                "Báo cáo được xây dựng với sự tham gia của các bộ, ngành, tổ chức xã hội và có tham vấn ý kiến các đối tác quốc tế.",
            ),
            "en": T(
                "Vietnam publishes mid-term report on UN human rights recommendations",
                "Vietnam's foreign ministry on {date_en} released a mid-term report on the recommendations it accepted in the fourth cycle of the UN Human Rights Council's Universal Periodic Review.",
                "The report says about {pct}% of the {n} accepted recommendations have been or are being implemented, especially in poverty reduction, education, health and protection of vulnerable groups.",
            ),
            "fr": T(
                "Droits de l'homme : le Vietnam présente un rapport à mi-parcours sur l'EPU",
                "Le ministère vietnamien des Affaires étrangères a publié le {date_fr} un rapport à mi-parcours sur la mise en œuvre des recommandations acceptées lors du quatrième cycle de l'Examen périodique universel.",
                "Selon Hanoï, environ {pct} % des {n} recommandations acceptées sont appliquées ou en cours d'application.",
            ),
        },
    ),
    Story(
        "hr-ngo-criticism",
        "human_rights",
        "negative",
        count=5,
        texts={
            "en": T(
                [
                    "Rights group criticises Vietnam over online content rules",
                    "Press freedom index ranks Vietnam near the bottom again",
                ],
                "An international advocacy group said in a report released on {date_en} that Vietnam's rules on online content and data localisation restrict freedom of expression.",
                [
                    "The group urged the government to release people detained for their online posts and to revise vaguely worded provisions of the penal code.",
                    "The report ranked Vietnam among the most restrictive countries for journalists in Asia.",
                ],
                "Vietnam's foreign ministry has previously rejected such reports as biased and based on unverified information, saying that no one is arrested for expressing their views, only for breaking the law.",
            ),
            "fr": T(
                "Une ONG dénonce les restrictions à la liberté d'expression au Vietnam",
                "Dans un rapport publié le {date_fr}, une organisation de défense des droits estime que la réglementation vietnamienne des contenus en ligne restreint la liberté d'expression.",
                "Hanoï a déjà rejeté ce type de rapports, qu'il juge partiaux et fondés sur des informations non vérifiées.",
            ),
            "de": T(
                "Menschenrechtsgruppe kritisiert Vietnams Internetregeln",
                "Eine internationale Menschenrechtsorganisation wirft Vietnam in einem am {date_de} veröffentlichten Bericht vor, mit Vorschriften zu Online-Inhalten die Meinungsfreiheit einzuschränken.",
                "Das Außenministerium in Hanoi hat solche Berichte in der Vergangenheit als einseitig zurückgewiesen.",
            ),
            "ko": T(
                '국제인권단체 "베트남 온라인 표현의 자유 제한" 비판',
                "한 국제인권단체가 {date_ko} 발표한 보고서에서 베트남의 온라인 콘텐츠 규제가 표현의 자유를 제한한다고 주장했다.",
                "베트남 외교부는 과거 이와 같은 보고서가 편향적이고 검증되지 않은 정보에 근거한다고 반박해 왔다.",
            ),
        },
    ),
    Story(
        "hr-poverty-reduction",
        "human_rights",
        "positive",
        count=5,
        slots={"place": "highland", "pct": (2, 6)},
        texts={
            "vi": T(
                [
                    "Tỷ lệ hộ nghèo đa chiều ở {place} giảm {pct} điểm phần trăm",
                    "{place}: Đồng bào dân tộc thiểu số thoát nghèo nhờ chương trình mục tiêu quốc gia",
                ],
                "Năm nay, tỷ lệ hộ nghèo đa chiều tại {place_full}{place_note} giảm khoảng {pct} điểm phần trăm, vượt chỉ tiêu đề ra, nhờ các chương trình mục tiêu quốc gia về giảm nghèo bền vững và phát triển vùng đồng bào dân tộc thiểu số.",
                [
                    "Nhiều hộ được hỗ trợ nhà ở, nước sạch, sinh kế từ trồng dược liệu và làm du lịch cộng đồng.",
                    "Các trường bán trú được đầu tư khang trang, tỷ lệ trẻ em đến trường đúng độ tuổi tăng rõ rệt.",
                ],
                "Liên hợp quốc đánh giá Việt Nam là một trong những quốc gia thành công nhất trong giảm nghèo đa chiều.",
            ),
            "en": T(
                "Multidimensional poverty falls in Vietnam's {place}",
                "The multidimensional poverty rate in {place_full}{place_note} fell by about {pct} percentage points this year, beating its target, thanks to national programmes for sustainable poverty reduction and ethnic minority areas.",
                "Families received help with housing, clean water and new incomes from medicinal herbs and community tourism.",
            ),
            "zh": T(
                "越南{place_full}多维贫困率下降{pct}个百分点",
                "今年越南{place_full}多维贫困率下降约{pct}个百分点，超额完成目标。",
                "当地少数民族家庭在住房、清洁用水和生计方面获得支持，社区旅游和药材种植带来新收入。",
            ),
        },
    ),
    Story(
        "hr-dialogue",
        "human_rights",
        "neutral",
        count=4,
        slots={"partner": "trade", "k": (10, 22)},
        texts={
            "vi": T(
                "Đối thoại nhân quyền Việt Nam - {partner} lần thứ {k}",
                "Ngày {date_vi}, tại Hà Nội đã diễn ra Đối thoại nhân quyền Việt Nam - {partner} lần thứ {k}, trong không khí thẳng thắn, cởi mở và xây dựng.",
                [
                    "Hai bên trao đổi về bảo đảm quyền của người lao động, quyền tự do tôn giáo, tín ngưỡng, quyền tiếp cận thông tin và hợp tác tại các diễn đàn đa phương.",
                    "Phía Việt Nam thông tin về những kết quả trong hoàn thiện pháp luật và bảo đảm quyền con người; hai bên cũng thẳng thắn trao đổi về những vấn đề còn khác biệt.",
                ],
                "Hai bên nhất trí tổ chức đối thoại lần tiếp theo vào năm sau.",
            ),
            "en": T(
                "Vietnam and {partner} hold {k}th human rights dialogue",
                "Vietnam and {partner} held their {k}th human rights dialogue in Hanoi on {date_en}, discussing labour rights, freedom of religion, access to information and cooperation at multilateral forums.",
                "Both sides described the talks as frank and constructive and acknowledged remaining differences.",
            ),
            "fr": T(
                "Dialogue sur les droits de l'homme entre le Vietnam et l'Union européenne",
                "Le Vietnam et l'Union européenne ont tenu le {date_fr} à Hanoï leur dialogue annuel sur les droits de l'homme.",
                "Les deux parties ont évoqué les droits des travailleurs, la liberté religieuse et l'accès à l'information, dans un climat qualifié de franc.",
            ),
        },
    ),
    Story(
        "health-dengue",
        "health",
        "negative",
        count=4,
        slots={"place": "city", "n": (8, 30)},
        texts={
            "vi": T(
                [
                    "Sốt xuất huyết gia tăng tại {place}, bệnh viện quá tải",
                    "{place} ghi nhận hơn {n} nghìn ca sốt xuất huyết từ đầu năm",
                ],
                "Từ đầu năm đến {date_vi}, {place_full} ghi nhận hơn {n} nghìn ca mắc sốt xuất huyết, tăng so với cùng kỳ năm trước; nhiều bệnh viện tuyến cuối phải kê thêm giường.",
                [
                    "Ngành y tế đẩy mạnh phun hóa chất diệt muỗi và chiến dịch diệt lăng quăng tại các khu dân cư.",
                    "Bác sĩ khuyến cáo người dân không tự ý điều trị tại nhà, đến cơ sở y tế khi sốt cao liên tục.",
                ],
            ),
            "en": T(
                "Dengue cases climb in {place}, hospitals stretched",
                "{place} has recorded more than {n},000 dengue cases this year up to {date_en}, more than in the same period last year, and some hospitals have added beds.",
                "Health workers are spraying insecticide and urging residents to clear standing water.",
            ),
        },
    ),
    Story(
        "health-hospital-cooperation",
        "health",
        "positive",
        count=5,
        slots={"place": "city"},
        texts={
            "vi": T(
                [
                    "Bệnh viện {place} hợp tác với đối tác quốc tế đào tạo bác sĩ",
                    "Chuyển giao kỹ thuật ghép tạng, can thiệp tim mạch cho bệnh viện tại {place}",
                ],
                "Ngày {date_vi}, một bệnh viện lớn tại {place_full} đã ký thỏa thuận hợp tác với bệnh viện đại học nước ngoài về đào tạo bác sĩ và chuyển giao kỹ thuật can thiệp tim mạch.",
                [
                    "Theo thỏa thuận, các chuyên gia nước ngoài sẽ sang làm việc định kỳ, đồng thời tiếp nhận bác sĩ Việt Nam sang đào tạo.",
                    "Lãnh đạo bệnh viện cho biết người bệnh sẽ được hưởng kỹ thuật hiện đại ngay trong nước với chi phí thấp hơn.",
                ],
            ),
            "en": T(
                "{place} hospital partners with foreign university hospital",
                "A major hospital in {place} signed an agreement on {date_en} with a foreign university hospital on training doctors and transferring cardiac intervention techniques.",
                "Foreign experts will visit regularly and Vietnamese doctors will train abroad, giving patients modern treatment at home at lower cost.",
            ),
            "ja": T(
                "日本の大学病院、ベトナム{place}の病院と医療協力",
                "日本の大学病院は{date_cjk}、ベトナム{place}の大規模病院と医師の育成や心臓カテーテル治療の技術移転に関する協定を結んだ。",
                "日本の専門家が定期的に現地を訪れ、ベトナム人医師の研修も受け入れる。",
            ),
            "fr": T(
                "Coopération médicale franco-vietnamienne à {place}",
                "Un grand hôpital de {place} a signé le {date_fr} un accord avec un centre hospitalier universitaire français sur la formation des médecins.",
                "Des experts français se rendront régulièrement au Vietnam et des médecins vietnamiens seront accueillis en France.",
            ),
        },
    ),
    Story(
        "edu-scholarships",
        "education",
        "positive",
        count=5,
        slots={"n": (800, 1100)},
        texts={
            "vi": T(
                [
                    "Hơn {n} sinh viên Việt Nam nhận học bổng du học Liên bang Nga",
                    "Học bổng Chính phủ: thêm cơ hội du học cho sinh viên Việt Nam",
                ],
                "Năm học này, khoảng {n} sinh viên Việt Nam được nhận học bổng của Chính phủ Liên bang Nga theo diện hiệp định, chủ yếu theo học các ngành kỹ thuật, năng lượng và y dược.",
                [
                    "Bộ Giáo dục và Đào tạo cho biết số suất học bổng tăng so với năm trước, phản ánh quan hệ hợp tác giáo dục truyền thống giữa hai nước.",
                    "Nhiều sinh viên cho biết học bổng giúp các em tiếp cận nền giáo dục kỹ thuật có bề dày.",
                ],
            ),
            "ru": T(
                "Более {n} вьетнамских студентов получили российские государственные стипендии",
                "В этом учебном году около {n} студентов из Вьетнама будут учиться в российских вузах по государственным стипендиям. Большинство выбрали инженерные, энергетические и медицинские специальности.",
                "Образование остаётся одним из традиционных направлений сотрудничества двух стран.",
            ),
            "en": T(
                "More Vietnamese students win government scholarships abroad",
                "About {n} Vietnamese students will study in Russia this academic year on government scholarships, mainly in engineering, energy and medicine, the education ministry said.",
                "The number of places has risen from last year.",
            ),
            "fr": T(
                "Bourses d'études : la France accueille davantage d'étudiants vietnamiens",
                "La France a attribué cette année davantage de bourses aux étudiants vietnamiens, notamment en ingénierie et en santé, a indiqué l'ambassade le {date_fr}.",
                "Plus de 10 000 étudiants vietnamiens poursuivent actuellement leurs études en France.",
            ),
        },
    ),
    Story(
        "edu-olympiad",
        "education",
        "positive",
        count=4,
        wire=True,
        slots={"g": (2, 4), "s": (1, 3)},
        texts={
            "vi": T(
                [
                    "Đội tuyển Việt Nam giành {g} huy chương vàng Olympic quốc tế",
                    "Học sinh Việt Nam xuất sắc tại Olympic khoa học quốc tế",
                ],
                "Đội tuyển học sinh Việt Nam đã giành {g} huy chương vàng và {s} huy chương bạc tại kỳ thi Olympic quốc tế năm nay, xếp trong nhóm dẫn đầu.",
                "Bộ Giáo dục và Đào tạo sẽ tổ chức lễ đón đoàn tại sân bay Nội Bài.",
            ),
            "en": T(
                "Vietnamese students win {g} gold medals at international olympiad",
                "Vietnam's team won {g} gold and {s} silver medals at this year's international science olympiad, placing among the top countries.",
                "The education ministry will welcome the team at Noi Bai airport.",
            ),
            "zh": T(
                "越南学生在国际奥林匹克竞赛中获{g}枚金牌",
                "越南代表队在今年的国际奥林匹克竞赛中获得{g}枚金牌和{s}枚银牌，名列前茅。",
            ),
        },
    ),
    Story(
        "sport-football-win",
        "sports",
        "positive",
        count=5,
        slots={"a": (2, 4), "b": (0, 1)},
        texts={
            "vi": T(
                [
                    "Tuyển Việt Nam thắng {a}-{b}, rộng cửa vào bán kết",
                    "Thắng thuyết phục {a}-{b}, đội tuyển Việt Nam tiếp tục dẫn đầu bảng",
                ],
                "Tối {date_vi}, đội tuyển bóng đá Việt Nam đã giành chiến thắng {a}-{b} trong trận đấu vòng bảng giải vô địch Đông Nam Á, qua đó tiếp tục dẫn đầu bảng.",
                [
                    "Các cầu thủ trẻ thi đấu tự tin, pressing tốt và tận dụng hiệu quả các tình huống cố định.",
                    "Ban huấn luyện đánh giá cao tinh thần thi đấu nhưng lưu ý các cầu thủ cần cải thiện khả năng dứt điểm.",
                ],
            ),
            "en": T(
                "Vietnam beat rivals {a}-{b} to top Southeast Asian group",
                "Vietnam's national football team won {a}-{b} on {date_en} in a group match of the Southeast Asian championship to stay top of their group.",
                "Young players pressed well and converted set pieces, though the coach said finishing still needed work.",
            ),
            "ko": T(
                "베트남 축구대표팀, 동남아 대회서 {a}-{b} 승리",
                "베트남 축구대표팀이 {date_ko} 동남아시아 선수권대회 조별리그 경기에서 {a}-{b}로 이겨 조 선두를 지켰다.",
                "젊은 선수들이 적극적인 압박으로 경기를 주도했다.",
            ),
            "th": T(
                "ทีมชาติเวียดนามชนะ {a}-{b} ขึ้นนำกลุ่มศึกชิงแชมป์อาเซียน",
                "ทีมชาติเวียดนามเอาชนะคู่แข่ง {a}-{b} ในรอบแบ่งกลุ่มฟุตบอลชิงแชมป์อาเซียน และยังคงรั้งตำแหน่งจ่าฝูง",
                "ทีมชาติไทยจะพบกับเวียดนามในนัดต่อไป ซึ่งแฟนบอลทั้งสองชาติต่างเฝ้ารอ",
            ),
        },
    ),
    Story(
        "sport-heritage-marathon",
        "sports",
        "positive",
        count=4,
        slots={"place": "heritage", "n": (5, 14)},
        texts={
            "vi": T(
                "Hơn {n} nghìn vận động viên tham gia giải marathon di sản tại {place}",
                "Sáng {date_vi}, hơn {n} nghìn vận động viên trong nước và quốc tế đã tham gia giải chạy marathon qua các điểm di sản của {place_full}{place_note}.",
                "Giải chạy không chỉ là sự kiện thể thao mà còn góp phần quảng bá du lịch, văn hóa địa phương.",
            ),
            "en": T(
                "{n},000 runners race through heritage sites of {place}",
                "More than {n},000 Vietnamese and foreign runners took part on {date_en} in a marathon passing heritage sites in {place_full}{place_note}.",
                "Organisers say the race has become a showcase for local tourism and culture.",
            ),
            "ja": T(
                "ベトナムの{place_full}で遺産マラソン、{n}千人超が参加",
                "{date_cjk}、ベトナムの{place_full}の歴史遺産を巡るマラソン大会が開かれ、国内外から{n}千人を超えるランナーが参加した。",
                "日本からの参加者も多く、観光振興につながると期待されている。",
            ),
        },
    ),
]
