"""Throughput benchmark of the whole pipeline on ~3 KB mixed-language news articles
(generated from sentences we wrote; no dataset text). Used by ``bench/bench_analysis.py``
and ``ttdn analyse-bench``."""

from __future__ import annotations

import argparse
import random
import resource
import time

from .text import tokens
from .types import Document

SENTENCES = {
    "vi": [
        "Thủ tướng Phạm Minh Chính tiếp Đại sứ Hoa Kỳ tại Hà Nội để trao đổi về hợp tác kinh tế.",
        "Kim ngạch xuất khẩu của Việt Nam sang Nhật Bản tăng 12% trong mười tháng đầu năm.",
        "Tỉnh Quảng Ninh đón hơn 15 triệu lượt khách du lịch, trong đó có nhiều khách Hàn Quốc.",
        "Bộ Ngoại giao khẳng định chủ quyền của Việt Nam đối với quần đảo Hoàng Sa và Trường Sa.",
        "Cơn bão số 3 gây mưa lớn tại Hải Phòng, Thái Bình và Nam Định, nhiều diện tích lúa bị ngập.",
        "Doanh nghiệp Singapore đầu tư thêm hai tỷ USD vào các khu công nghiệp ở Bình Dương.",
        "Đội tuyển Việt Nam giành chiến thắng 2-0 trước Thái Lan trên sân Mỹ Đình.",
        "Các trường đại học tại TP.HCM mở rộng hợp tác đào tạo với Pháp và Úc.",
        "Người dân Đà Nẵng hào hứng với lễ hội pháo hoa quốc tế diễn ra vào cuối tuần.",
        "Chính phủ yêu cầu đẩy nhanh tiến độ giải ngân vốn đầu tư công trong quý IV.",
        "Bệnh viện Bạch Mai triển khai kỹ thuật ghép tạng mới với sự hỗ trợ của chuyên gia Đức.",
        "Giá cà phê Đắk Lắk tăng mạnh nhờ nhu cầu từ thị trường châu Âu.",
    ],
    "en": [
        "Vietnam's exports to the United States rose sharply in the first ten months of the year.",
        "Prime Minister Pham Minh Chinh met business leaders from Japan and South Korea in Hanoi.",
        "China's coast guard vessels were spotted near the Paracel Islands, Vietnamese officials said.",
        "Tourism in Da Nang and Hoi An has recovered to pre-pandemic levels, local authorities said.",
        "Samsung plans to expand its research centre in Ho Chi Minh City next year.",
        "Floods in central Vietnam forced thousands of residents in Quang Binh to evacuate.",
        "The central bank kept its policy rate unchanged amid concerns about inflation.",
        "Analysts expect foreign direct investment to reach a record high this year.",
        "Human rights groups criticised the arrest of a blogger in Hanoi last week.",
        "The football team celebrated its victory over Indonesia in front of a home crowd.",
        "Renewable energy projects in Ninh Thuan attracted investors from Denmark and Germany.",
        "Officials said the new airport at Long Thanh would open to traffic next year.",
    ],
    "fr": [
        "Le Premier ministre vietnamien a rencontré le président français à Paris.",
        "Les exportations du Vietnam vers l'Union européenne ont fortement augmenté cette année.",
        "Hanoï et Hô-Chi-Minh-Ville accueillent de plus en plus de touristes étrangers.",
        "Les inondations dans le centre du pays ont fait plusieurs victimes.",
        "La coopération culturelle entre la France et le Vietnam se renforce.",
    ],
    "zh": [
        "越南总理在河内会见了日本企业代表。", "越南对中国的农产品出口继续增长。",
        "岘港的旅游业已经恢复到疫情前的水平。", "两国同意加强在经济和贸易领域的合作。",
    ],
    "ru": [
        "Премьер-министр Вьетнама провёл переговоры с делегацией из России.",
        "Туристы из России всё чаще выбирают Нячанг для отдыха.",
        "Товарооборот между двумя странами вырос на десять процентов.",
    ],
    "ja": [
        "ベトナムの首相は東京で日本の企業関係者と会談した。", "ダナンの観光業は回復している。",
        "両国は経済協力を強化することで合意した。",
    ],
}
MIX = [("vi", 0.4), ("en", 0.35), ("fr", 0.1), ("zh", 0.05), ("ru", 0.05), ("ja", 0.05)]


def make_articles(n: int, size: int = 3000, seed: int = 7) -> list[Document]:
    rng = random.Random(seed)
    langs = [lang for lang, w in MIX for _ in range(int(w * 100))]
    docs = []
    for i in range(n):
        lang = rng.choice(langs)
        pool = SENTENCES[lang]
        title = rng.choice(pool)
        parts: list[str] = []
        # ~3 KB of UTF-8 (Vietnamese/CJK characters take 2–3 bytes).
        while len(" ".join(parts).encode()) < size:
            parts.append(rng.choice(pool))
            if rng.random() < 0.15:
                parts.append("\n")
        docs.append(Document(id=f"bench-{i}", title=title, text=" ".join(parts)))
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="ttdn analysis throughput benchmark")
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--batch", type=int, default=100)
    ap.add_argument("--profile", default="fast", choices=["fast", "full"])
    args = ap.parse_args(argv)

    docs = make_articles(args.articles)
    total_bytes = sum(len((d.title + d.text).encode()) for d in docs)
    t0 = time.perf_counter()
    from .pipeline import Pipeline

    pipe = Pipeline(profile=args.profile)
    pipe.analyse(make_articles(5, seed=99))  # warm-up: loads every model once
    load_s = time.perf_counter() - t0
    pipe.timings.clear()

    t0 = time.perf_counter()
    n_tok = sum(len(tokens(d.title)) + len(tokens(d.text)) for d in docs)
    tok_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    for i in range(0, len(docs), args.batch):
        pipe.analyse(docs[i : i + args.batch])
    run_s = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    rate = len(docs) / run_s
    tok_rate = len(docs) / tok_s
    print(f"profile={args.profile} articles={len(docs)} mean_bytes={total_bytes / len(docs):.0f} batch={args.batch}")
    print(f"model load + warm-up: {load_s:.1f} s")
    print(f"bare tokenisation: {tok_rate:,.0f} articles/s ({n_tok:,} tokens)")
    print(f"pipeline: {rate:,.1f} articles/s ({run_s:.2f} s) = {rate / tok_rate:.4f} × tokenisation "
          f"(tokenisation is {tok_rate / rate:.0f}× faster)")
    print(f"peak memory (RSS): {peak_mb:,.0f} MB")
    print("per-stage (ms/article):")
    for name, secs in pipe.timings.items():
        print(f"  {name:<10} {1000 * secs / len(docs):7.2f}  ({100 * secs / run_s:4.1f}%)")
    return 0
