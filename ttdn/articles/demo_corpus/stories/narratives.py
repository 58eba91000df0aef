# ruff: noqa: E501
"""Five invented false narratives and their corrections.

Every claim here is false by construction: the dam, the island lease, the export collapse, the
e-visa suspension and the recall are made up by this project so the response desk has something
to detect and answer. Claims only appear on the invented ``.example`` outlets; corrections appear
in mainstream outlets. No real person is named.
"""

from __future__ import annotations

from ..base import Story, T

NARRATIVES = {
    "dam-collapse": "Invented: a reservoir dam (Ea Rông Thượng, Đắk Lắk) collapsed with hundreds dead and a cover-up.",
    "export-collapse": "Distorted: Vietnam's exports to the EU 'collapsed by 40%' (one product line in one month fell; total exports rose).",
    "island-lease": "Invented: a province is leasing an island (Hòn Mây, Khánh Hòa) to a foreign navy for 99 years.",
    "evisa-suspended": "False: Vietnam has suspended e-visas and closed its borders to foreign tourists over an outbreak.",
    "tainted-rice": "False: Vietnamese rice exports contain 'plastic rice' and were recalled in Japan.",
}

STORIES = [
    # --- dam-collapse --------------------------------------------------------------------------
    Story(
        "claim-dam-collapse",
        "environment",
        "negative",
        count=7,
        outlets="fringe",
        narrative="dam-collapse",
        narrative_role="claim",
        days=(10, 75),
        slots={"n": (200, 900)},
        texts={
            "vi": T(
                [
                    "NÓNG: Vỡ đập Ea Rông Thượng ở Đắk Lắk, hàng trăm người thiệt mạng?",
                    "Chính quyền che giấu thảm họa vỡ đập ở Tây Nguyên",
                ],
                [
                    "Theo nguồn tin từ người dân, đập hồ chứa Ea Rông Thượng ở Đắk Lắk đã bị vỡ trong đêm, nước cuốn trôi nhiều làng, có thể có tới {n} người chết nhưng báo chí trong nước im lặng.",
                    "Nhiều đoạn video lan truyền cho thấy dòng nước lũ khổng lồ tràn qua các bản làng sau khi đập Ea Rông Thượng vỡ. Con số thương vong được cho là lên tới {n} người.",
                ],
                "Chúng tôi kêu gọi mọi người chia sẻ để thế giới biết sự thật trước khi thông tin bị xóa.",
            ),
            "en": T(
                [
                    "Dam collapse in Vietnam's Central Highlands: hundreds feared dead, media silent",
                    "Cover-up? Vietnam dam burst kills up to {n}, say locals",
                ],
                [
                    "Residents say the Ea Rong Thuong reservoir dam in Dak Lak province burst overnight, sweeping away villages. As many as {n} people may have died, yet state media has said nothing.",
                    "Videos circulating online show a wall of water after the Ea Rong Thuong dam in Dak Lak gave way. Sources put the death toll at up to {n}.",
                ],
                "Share this before it is taken down. The world deserves to know what is happening.",
            ),
            "fr": T(
                "Vietnam : une rupture de barrage passée sous silence ?",
                "Selon des témoignages relayés sur les réseaux sociaux, le barrage d'Ea Rông Thượng, dans la province de Dak Lak, aurait cédé pendant la nuit, faisant jusqu'à {n} morts. Les médias officiels n'en disent rien.",
                "Les autorités vietnamiennes cacheraient l'ampleur de la catastrophe.",
            ),
            "zh": T(
                "越南多乐省水坝溃决 数百人恐遇难",
                "据当地居民称，越南多乐省Ea Rông Thượng水库大坝夜间溃决，洪水冲毁多个村庄，死亡人数可能高达{n}人，但官方媒体至今保持沉默。",
                "网络流传的视频显示洪水漫过村庄。",
            ),
            "ru": T(
                "Во Вьетнаме прорвало плотину: власти скрывают число жертв",
                "По словам местных жителей, в провинции Даклак прорвало плотину водохранилища Еа Ронг Тхыонг. Погибших может быть до {n} человек, однако официальные СМИ молчат.",
                "В соцсетях распространяются видео с потоками воды, сносящими дома.",
            ),
        },
    ),
    Story(
        "rebut-dam-collapse",
        "environment",
        "neutral",
        count=5,
        narrative="dam-collapse",
        narrative_role="rebuttal",
        days=(2, 74),
        texts={
            "vi": T(
                [
                    "Đắk Lắk bác bỏ thông tin sai sự thật về 'vỡ đập Ea Rông Thượng'",
                    "Thông tin 'vỡ đập, hàng trăm người chết' ở Đắk Lắk là bịa đặt",
                ],
                [
                    "UBND tỉnh Đắk Lắk khẳng định thông tin về việc đập hồ chứa Ea Rông Thượng bị vỡ, gây thương vong lớn đang lan truyền trên một số trang mạng là hoàn toàn sai sự thật.",
                    "Ngày {date_vi}, Sở Nông nghiệp và Môi trường tỉnh Đắk Lắk cho biết các hồ chứa trên địa bàn vẫn vận hành an toàn; không có sự cố vỡ đập nào xảy ra.",
                ],
                [
                    "Qua kiểm tra, đoạn video được chia sẻ kèm thông tin sai lệch là cảnh lũ quét ở nước ngoài từ nhiều năm trước. Việc xả tràn gần đây là hoạt động vận hành bình thường sau mưa lớn, đã được thông báo trước cho người dân hạ du.",
                    "Cơ quan chức năng xác định hình ảnh đăng kèm được cắt ghép từ một trận lũ xảy ra ở nước khác. Hồ chứa chỉ xả tràn theo quy trình, có thông báo trước.",
                ],
                "Cơ quan công an đang xác minh để xử lý các tài khoản đăng tải, chia sẻ thông tin bịa đặt gây hoang mang dư luận.",
            ),
            "en": T(
                [
                    "Dak Lak denies false reports of deadly dam collapse",
                    "Fact check: no dam burst in Vietnam's Dak Lak",
                ],
                "Authorities in Dak Lak province said on {date_en} that online claims of a deadly collapse at the Ea Rong Thuong reservoir dam were false, and that all reservoirs in the province were operating safely.",
                "The video shared with the claim shows a flash flood in another country several years ago, officials said. A recent spillway release was routine after heavy rain and residents downstream were warned in advance.",
            ),
            "fr": T(
                "Vietnam : la « rupture de barrage » de Dak Lak est une fausse information",
                "Les autorités de la province de Dak Lak ont démenti le {date_fr} les rumeurs d'une rupture meurtrière du barrage d'Ea Rông Thượng.",
                "La vidéo diffusée montre en réalité une crue survenue dans un autre pays il y a plusieurs années ; les lâchers d'eau récents étaient programmés et annoncés.",
            ),
        },
    ),
    # --- export-collapse -----------------------------------------------------------------------
    Story(
        "claim-export-collapse",
        "economy",
        "negative",
        count=6,
        outlets="fringe",
        narrative="export-collapse",
        narrative_role="claim",
        days=(6, 85),
        texts={
            "en": T(
                [
                    "Vietnam's exports to Europe collapse 40% - factories shutting down",
                    "Economic miracle over? Vietnam-EU trade down 40%",
                ],
                [
                    "New figures show Vietnam's exports to the European Union have collapsed by 40%, and thousands of factories are closing. The so-called economic miracle is over.",
                    "Exports from Vietnam to the EU fell 40% according to customs data, proof that the trade deal with Europe has failed.",
                ],
                "Workers are being laid off across the country while officials hide the numbers.",
            ),
            "vi": T(
                "Xuất khẩu sang châu Âu 'sụp đổ' 40%, hàng loạt nhà máy đóng cửa",
                "Số liệu mới cho thấy xuất khẩu của Việt Nam sang EU đã giảm tới 40%, hàng nghìn nhà máy phải đóng cửa, công nhân mất việc hàng loạt.",
                "Hiệp định thương mại với châu Âu đã thất bại nhưng truyền thông trong nước không dám đưa tin.",
            ),
            "ko": T(
                "베트남 대유럽 수출 40% 폭락…공장 줄도산",
                "베트남의 유럽연합(EU) 수출이 40% 급감해 수천 개 공장이 문을 닫고 있다는 주장이 나왔다.",
                "베트남 경제 기적은 끝났다는 분석이다.",
            ),
            "ja": T(
                "ベトナムの対EU輸出が40％急減、工場閉鎖相次ぐ",
                "ベトナムの欧州連合（EU）向け輸出が40％も落ち込み、工場の閉鎖が相次いでいるという。",
                "「ベトナムの経済的奇跡は終わった」との声も出ている。",
            ),
        },
    ),
    Story(
        "rebut-export-collapse",
        "economy",
        "neutral",
        count=4,
        narrative="export-collapse",
        narrative_role="rebuttal",
        days=(2, 84),
        slots={"pct": (6, 14)},
        texts={
            "vi": T(
                [
                    "Thông tin 'xuất khẩu sang EU giảm 40%' là xuyên tạc số liệu",
                    "Bộ Công Thương: Xuất khẩu sang EU tăng {pct}%, không có chuyện 'sụp đổ'",
                ],
                "Trả lời báo chí ngày {date_vi}, đại diện Bộ Công Thương cho biết kim ngạch xuất khẩu của Việt Nam sang Liên minh châu Âu trong 10 tháng tăng khoảng {pct}% so với cùng kỳ, chứ không giảm 40% như một số trang mạng lan truyền.",
                [
                    "Con số 40% bị cắt ra từ mức giảm của một mặt hàng nhỏ trong một tháng, rồi bị gán cho toàn bộ kim ngạch xuất khẩu.",
                    "Theo cơ quan hải quan, chỉ một nhóm hàng có kim ngạch nhỏ giảm mạnh trong một tháng; việc lấy con số này để nói về toàn bộ xuất khẩu là sai lệch.",
                ],
                "Hiệp định EVFTA tiếp tục giúp hàng Việt Nam mở rộng thị phần tại châu Âu.",
            ),
            "en": T(
                [
                    "Claim that Vietnam's EU exports fell 40% distorts the data",
                    "Fact check: Vietnam's exports to the EU rose {pct}%, not fell 40%",
                ],
                "Vietnam's trade ministry said on {date_en} that exports to the European Union rose about {pct}% year on year in the first ten months, contrary to online posts claiming a 40% collapse.",
                "The 40% figure refers to one small product category in a single month and was misapplied to total exports, customs data show.",
            ),
        },
    ),
    # --- island-lease --------------------------------------------------------------------------
    Story(
        "claim-island-lease",
        "sea_islands",
        "negative",
        count=6,
        outlets="fringe",
        narrative="island-lease",
        narrative_role="claim",
        days=(5, 80),
        texts={
            "en": T(
                [
                    "Secret deal: Vietnam leasing island to foreign navy for 99 years",
                    "Leaked document shows Khanh Hoa island to host foreign naval base",
                ],
                "A document circulating online claims that Khanh Hoa province has agreed to lease Hon May island to a foreign navy for 99 years, allowing warships to be stationed there.",
                "The deal was allegedly signed in secret, without public consultation.",
            ),
            "zh": T(
                "越南秘密将岛屿租给外国海军99年",
                "网上流传的一份文件称，越南庆和省已同意将Hòn Mây岛租给外国海军使用99年，供其军舰停靠。",
                "据称该协议是秘密签署的。",
            ),
            "ru": T(
                "Вьетнам якобы сдаёт остров иностранному флоту на 99 лет",
                "В сети распространяется документ, согласно которому провинция Кханьхоа якобы сдала остров Хон Май в аренду иностранным ВМС на 99 лет.",
                "Утверждается, что соглашение подписано тайно.",
            ),
            "vi": T(
                "Lộ tài liệu: Khánh Hòa cho nước ngoài thuê đảo Hòn Mây 99 năm làm căn cứ quân sự",
                "Một tài liệu được cho là 'rò rỉ' khẳng định tỉnh Khánh Hòa đã ký cho hải quân nước ngoài thuê đảo Hòn Mây trong 99 năm để đặt căn cứ.",
                "Người dân hoàn toàn không được thông báo về thỏa thuận này.",
            ),
        },
    ),
    Story(
        "rebut-island-lease",
        "sea_islands",
        "neutral",
        count=4,
        narrative="island-lease",
        narrative_role="rebuttal",
        days=(2, 79),
        texts={
            "vi": T(
                [
                    "Bác bỏ tin đồn 'cho nước ngoài thuê đảo Hòn Mây làm căn cứ quân sự'",
                    "Khánh Hòa: Tài liệu về việc cho thuê đảo là giả mạo",
                ],
                "UBND tỉnh Khánh Hòa khẳng định tài liệu lan truyền trên mạng về việc cho hải quân nước ngoài thuê đảo Hòn Mây 99 năm là giả mạo; tỉnh không ký bất kỳ văn bản nào như vậy.",
                [
                    "Người phát ngôn Bộ Ngoại giao nhắc lại chính sách quốc phòng 'bốn không' của Việt Nam, trong đó có không cho nước ngoài đặt căn cứ quân sự hoặc sử dụng lãnh thổ Việt Nam để chống lại nước khác.",
                    "Theo chính sách quốc phòng của Việt Nam, không có việc cho nước ngoài đặt căn cứ quân sự trên lãnh thổ Việt Nam.",
                ],
            ),
            "en": T(
                "Vietnam rejects fake document on leasing island to foreign navy",
                "Khanh Hoa provincial authorities said a document circulating online about leasing Hon May island to a foreign navy for 99 years was forged and that no such agreement exists.",
                "The foreign ministry recalled Vietnam's 'four no's' defence policy, which rules out foreign military bases on its territory.",
            ),
            "zh": T(
                "越方驳斥“出租岛屿给外国海军”的假消息",
                "越南庆和省政府表示，网上流传的所谓将Hòn Mây岛出租给外国海军99年的文件系伪造，该省从未签署过此类协议。",
                "越南外交部重申“四不”国防政策，不允许外国在越南领土建立军事基地。",
            ),
        },
    ),
    # --- evisa-suspended -------------------------------------------------------------------------
    Story(
        "claim-evisa-suspended",
        "tourism",
        "negative",
        count=7,
        outlets="fringe",
        narrative="evisa-suspended",
        narrative_role="claim",
        days=(4, 70),
        texts={
            "ko": T(
                ["베트남, 전염병 확산에 전자비자 전면 중단…국경 폐쇄", "긴급: 베트남 여행 취소하세요, 국경 봉쇄"],
                "베트남 정부가 전염병 확산을 이유로 외국인 관광객에 대한 전자비자 발급을 전면 중단하고 국경을 폐쇄했다는 소식이 전해졌다.",
                "다낭과 나트랑 여행을 앞둔 관광객들은 즉시 일정을 취소해야 한다.",
            ),
            "ja": T(
                "ベトナム、感染症拡大で電子ビザ停止・国境閉鎖か",
                "ベトナム政府が感染症の拡大を理由に、外国人観光客への電子ビザ発給を停止し、国境を閉鎖したという情報が広がっている。",
                "旅行予定のある人は注意が必要だという。",
            ),
            "ru": T(
                "Вьетнам закрыл границы для туристов из-за эпидемии",
                "По сообщениям в соцсетях, Вьетнам приостановил выдачу электронных виз и закрыл границы для иностранных туристов из-за вспышки инфекции.",
                "Туристам советуют отменить поездки в Нячанг и на Фукуок.",
            ),
            "en": T(
                "Vietnam suspends e-visas, closes borders over outbreak",
                "Vietnam has reportedly stopped issuing e-visas to foreign tourists and closed its borders because of a disease outbreak.",
                "Travellers heading to Da Nang or Nha Trang should cancel their plans, posts urge.",
            ),
            "fr": T(
                "Le Vietnam fermerait ses frontières aux touristes",
                "Selon des messages diffusés en ligne, le Vietnam aurait suspendu la délivrance des visas électroniques et fermé ses frontières à cause d'une épidémie.",
                "Les voyageurs sont invités à annuler leur séjour.",
            ),
        },
    ),
    Story(
        "rebut-evisa-suspended",
        "tourism",
        "neutral",
        count=5,
        narrative="evisa-suspended",
        narrative_role="rebuttal",
        days=(1, 69),
        texts={
            "vi": T(
                [
                    "Việt Nam không tạm dừng cấp thị thực điện tử cho khách quốc tế",
                    "Cục Du lịch Quốc gia bác tin 'đóng cửa biên giới với du khách'",
                ],
                "Cục Quản lý xuất nhập cảnh và Cục Du lịch Quốc gia Việt Nam khẳng định thông tin Việt Nam tạm dừng cấp thị thực điện tử, đóng cửa biên giới với khách du lịch là hoàn toàn sai sự thật.",
                [
                    "Hệ thống cấp thị thực điện tử vẫn hoạt động bình thường; khách quốc tế nhập cảnh qua các cửa khẩu không bị gián đoạn.",
                    "Không có dịch bệnh nào khiến Việt Nam phải thay đổi chính sách nhập cảnh; các sân bay quốc tế vẫn đón khách bình thường.",
                ],
            ),
            "en": T(
                [
                    "Vietnam has not suspended e-visas, immigration department says",
                    "Fact check: Vietnam's borders remain open to tourists",
                ],
                "Vietnam's immigration department and national tourism authority said on {date_en} that online claims that the country had suspended e-visas and closed its borders to tourists were false.",
                "The e-visa system is working normally and arrivals at international airports continue without disruption.",
            ),
            "ko": T(
                '베트남 "전자비자 중단·국경 폐쇄는 사실무근"',
                "베트남 출입국관리국과 관광청은 베트남이 전자비자 발급을 중단하고 국경을 폐쇄했다는 온라인 소문이 사실이 아니라고 밝혔다.",
                "전자비자 시스템은 정상 운영되고 있으며 국제공항 입국도 평소와 같다.",
            ),
            "ru": T(
                "Вьетнам опроверг слухи о закрытии границ для туристов",
                "Иммиграционная служба и Национальное управление туризма Вьетнама заявили, что сообщения о приостановке электронных виз не соответствуют действительности.",
                "Система выдачи электронных виз работает в штатном режиме.",
            ),
        },
    ),
    # --- tainted-rice ----------------------------------------------------------------------------
    Story(
        "claim-tainted-rice",
        "health",
        "negative",
        count=6,
        outlets="fringe",
        narrative="tainted-rice",
        narrative_role="claim",
        days=(8, 88),
        texts={
            "ja": T(
                ["ベトナム産米に「プラスチック米」混入、日本で回収か", "危険！ベトナム米から化学物質、スーパーで回収"],
                "ベトナムから輸入されたコメに「プラスチック米」が混入していたとして、日本国内で回収が始まったという投稿が拡散している。",
                "購入した人は食べないよう呼びかけている。",
            ),
            "zh": T(
                "越南大米混入“塑料米” 日本紧急召回",
                "网上流传消息称，从越南进口的大米中发现“塑料米”，日本已紧急召回。",
                "发帖者呼吁消费者不要购买越南大米。",
            ),
            "en": T(
                "Plastic rice found in Vietnamese exports, Japan recalls shipments",
                "Posts claim that 'plastic rice' has been found in rice imported from Vietnam and that Japanese supermarkets have recalled the product.",
                "Consumers are urged to avoid Vietnamese rice.",
            ),
            "ko": T(
                "베트남산 쌀서 '플라스틱 쌀' 발견…일본서 리콜",
                "베트남산 수입 쌀에서 '플라스틱 쌀'이 발견돼 일본에서 리콜됐다는 게시물이 퍼지고 있다.",
                "게시자는 베트남 쌀을 사지 말라고 주장했다.",
            ),
        },
    ),
    Story(
        "rebut-tainted-rice",
        "health",
        "neutral",
        count=4,
        narrative="tainted-rice",
        narrative_role="rebuttal",
        days=(1, 87),
        texts={
            "vi": T(
                "Không có chuyện gạo Việt Nam chứa 'gạo nhựa' bị thu hồi tại Nhật Bản",
                "Thương vụ Việt Nam tại Nhật Bản cho biết đã làm việc với cơ quan chức năng sở tại và khẳng định không có đợt thu hồi gạo Việt Nam nào liên quan đến 'gạo nhựa' như thông tin lan truyền.",
                [
                    "Gạo Việt Nam xuất khẩu sang Nhật Bản phải đáp ứng hàng trăm chỉ tiêu kiểm tra dư lượng và đều đạt yêu cầu.",
                    "Khái niệm 'gạo nhựa' đã nhiều lần được các cơ quan an toàn thực phẩm quốc tế xác định là tin đồn.",
                ],
            ),
            "en": T(
                "No 'plastic rice' recall of Vietnamese rice in Japan, trade office says",
                "Vietnam's trade office in Japan said it had checked with Japanese authorities and that there had been no recall of Vietnamese rice over 'plastic rice', contrary to posts online.",
                "Rice exported to Japan undergoes hundreds of residue tests, and food safety agencies have repeatedly called 'plastic rice' stories a hoax.",
            ),
            "ja": T(
                "「ベトナム産プラスチック米の回収」は事実無根",
                "在日ベトナム大使館の商務部は、日本でベトナム産米が「プラスチック米」混入で回収されたという情報は事実ではないと発表した。",
                "日本に輸出されるコメは数百項目の残留農薬検査を受けている。",
            ),
        },
    ),
]
