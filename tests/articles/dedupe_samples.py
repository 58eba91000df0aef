"""Hand-written samples for the near-duplicate tests and the measurements in docs/DEDUPE.md."""

ORIGINAL_VI = (
    "Chiều 14/3, tại Hà Nội, Bộ trưởng Bộ Ngoại giao đã tiếp đoàn doanh nghiệp châu Âu đang tìm hiểu cơ hội "
    "đầu tư vào lĩnh vực năng lượng tái tạo. Bộ trưởng cho biết Việt Nam coi trọng quan hệ hợp tác với các đối "
    "tác châu Âu và mong muốn các doanh nghiệp mở rộng đầu tư vào điện gió ngoài khơi, hydro xanh và lưới điện "
    "thông minh. Đại diện đoàn doanh nghiệp đánh giá cao môi trường kinh doanh ổn định, lực lượng lao động trẻ "
    "và cam kết của Chính phủ về chuyển đổi năng lượng. Hai bên cũng trao đổi về thủ tục cấp phép, giá điện và "
    "khả năng kết nối lưới điện khu vực trong thời gian tới."
)
# A syndicated copy: new headline, a dateline and a sentence added, a couple of words changed.
EDITED_VI = (
    "(Tin tổng hợp) Chiều 14/3, tại Hà Nội, Bộ trưởng Bộ Ngoại giao đã tiếp đoàn doanh nghiệp châu Âu đang tìm "
    "hiểu cơ hội đầu tư vào lĩnh vực năng lượng tái tạo. Bộ trưởng cho biết Việt Nam luôn coi trọng quan hệ hợp "
    "tác với các đối tác châu Âu và mong muốn các doanh nghiệp mở rộng đầu tư vào điện gió ngoài khơi, hydro "
    "xanh và lưới điện thông minh. Đại diện đoàn doanh nghiệp đánh giá cao môi trường kinh doanh ổn định, lực "
    "lượng lao động trẻ và cam kết của Chính phủ về chuyển đổi năng lượng. Hai bên cũng trao đổi về thủ tục cấp "
    "phép, giá điện và khả năng kết nối lưới điện khu vực. Cuộc gặp diễn ra trong không khí cởi mở."
)
# Same topic, same week, written independently: shares vocabulary but not sentences.
OTHER_VI = (
    "Sáng 15/3, Thứ trưởng Bộ Công Thương làm việc với hiệp hội điện gió châu Âu về kế hoạch phát triển năng "
    "lượng tái tạo. Theo Thứ trưởng, nhu cầu điện của Việt Nam tăng nhanh nên cần thêm nguồn điện sạch, đồng "
    "thời phải bảo đảm an ninh năng lượng và giá điện hợp lý. Hiệp hội đề nghị sớm hoàn thiện khung pháp lý cho "
    "điện gió ngoài khơi và cơ chế mua bán điện trực tiếp. Các doanh nghiệp châu Âu cho biết sẵn sàng chia sẻ "
    "kinh nghiệm đào tạo nhân lực và công nghệ lưới điện thông minh."
)
ORIGINAL_EN = (
    "Vietnam's coastal province of Khanh Hoa welcomed more than two hundred thousand international visitors in "
    "the first quarter, according to the provincial tourism department. Most arrivals came from South Korea, "
    "China and Russia, with direct flights to Cam Ranh airport resuming from several cities. Local officials "
    "said hotel occupancy rose sharply during the Lunar New Year holiday and that new cruise calls at Nha Trang "
    "port were planned for the summer season."
)
EDITED_EN = (
    "NHA TRANG — Vietnam's coastal province of Khanh Hoa welcomed more than 200,000 international visitors in "
    "the first quarter, according to the provincial tourism department. Most arrivals came from South Korea, "
    "China and Russia, with direct flights to Cam Ranh airport resuming from several cities. Officials said "
    "hotel occupancy rose sharply during the Lunar New Year holiday and that new cruise calls at Nha Trang port "
    "were planned for the summer."
)
OTHER_EN = (
    "International arrivals to Vietnam kept growing in the first quarter, the national tourism administration "
    "said, led by visitors from South Korea and China. Da Nang and Phu Quoc reported strong bookings, while "
    "airlines added routes from India and Australia. Analysts warned that visa processing and air fares could "
    "limit further growth in the summer season."
)
