## グラフに描かれるテキスト：タイトル、凡例、軸、読み上げ

## グラフに描かれる言葉：タイトル、凡例、軸、注記、読み上げ

# テキストのない投稿を、形式（format-* の名前）と日付で呼ぶ名前。
drawn-post-of = { $day } の{ $format }投稿
drawn-quoted = 「{ $text }」
drawn-posts = { $count } 件の投稿
drawn-no-posts-with-views = この期間に閲覧数のある投稿はありません。期間を長くするか、同期して投稿を読み込んでください。

drawn-quality-note = 破線：投稿の中央値（閲覧数 { $views }、100 閲覧あたり { $rate }）。エンゲージメント率：100 閲覧あたりのいいね、返信、再投稿、引用の数。
drawn-views-log-scale = 閲覧数（対数目盛）
drawn-engagement-rate-axis = エンゲージメント率（100 閲覧あたり）
drawn-quality-readout = { $post }：閲覧数 { $views }、100 閲覧あたり { $rate }、{ $quadrant }
drawn-in-quadrant-breakout = ブレイク
drawn-in-quadrant-conversation = 会話型
drawn-in-quadrant-broadcast = 拡散型
drawn-in-quadrant-quiet = 控えめ

drawn-multiple = { $multiple }倍
drawn-top-note = { $posts } 件の投稿を同じ経過時間の投稿の中央値と比較しました。そのうち { $breakouts } 件がブレイクです。
drawn-top-post = 投稿
drawn-top-breakout = ブレイク（通常の閲覧数の { $multiple } 倍以上）
drawn-top-normal = 通常（1倍）
drawn-top-views-readout = { $post }：通常の閲覧数の { $multiple }（閲覧数 { $views }）
drawn-top-views-readout-breakout = { $post }：通常の閲覧数の { $multiple }（閲覧数 { $views }）、ブレイク
drawn-top-rate-readout = { $post }：通常のエンゲージメント率の { $multiple }（100 閲覧あたり { $rate }）
drawn-top-rate-readout-breakout = { $post }：通常のエンゲージメント率の { $multiple }（100 閲覧あたり { $rate }）、ブレイク
drawn-no-engagement-rate = エンゲージメント率なし
drawn-top-no-rate-readout = { $post }：エンゲージメント率なし（閲覧数 { $views }）
drawn-views = 閲覧数
drawn-engagement-rate = エンゲージメント率
drawn-no-posts-to-compare = 比較する投稿がありません。
drawn-times-your-normal = 通常の何倍か

drawn-what-verdict = 投稿 { $minimum } 件以上のグループで最も良いもの：閲覧数では { $by_views }（{ $views_posts }）、エンゲージメントでは { $by_rate }（{ $rate_posts }）。
drawn-what-no-best = 投稿が { $minimum } 件に達したグループがまだないため、最も良いグループは示していません。
drawn-median-post = 投稿の中央値
drawn-middle-half = 投稿の中央の半分
drawn-best = 最も良い
drawn-too-few-posts = 投稿が少なすぎます（{ $posts } 件）
drawn-too-few-readout = { $group }：中央値を出すには投稿が少なすぎます（{ $posts } 件、{ $minimum } 件必要）
drawn-group-posts = { $group } · { $posts }
drawn-what-views-readout = { $group }：閲覧数の中央値 { $median }（中央の半分 { $lower }–{ $upper }）、{ $posts }
drawn-what-rate-readout = { $group }：エンゲージメント率の中央値は 100 閲覧あたり { $median }（中央の半分 { $lower }–{ $upper }）、{ $posts }
drawn-value-best = { $value } · 最良
drawn-best-by-views = { $readout }。閲覧数で最も良いグループです
drawn-best-by-engagement = { $readout }。エンゲージメントで最も良いグループです
drawn-median-views = 閲覧数の中央値
drawn-median-engagement-long = 100 閲覧あたりのエンゲージメントの中央値
drawn-median-engagement-medium = 100 閲覧あたりのエンゲージメント
drawn-median-engagement-short = エンゲージメント

drawn-words-empty = この期間に { $minimum } 件以上の投稿で使われた言葉はまだありません。期間を長くしてください。
drawn-words-note = { $minimum } 件以上の投稿で使われた言葉とハッシュタグを、それらの投稿の閲覧数の中央値順に表示します。
drawn-words-above = 全投稿の中央値より上
drawn-words-below = 中央値以下
drawn-words-all-posts = 全投稿（{ $views }）
drawn-words-value = { $views } · { $posts }
drawn-words-readout = 「{ $word }」：閲覧数の中央値 { $views }、{ $posts }（エンゲージメント率は 100 閲覧あたり { $rate }）。全投稿の中央値は閲覧数 { $all }

drawn-starters-empty = この期間に返信や引用のある投稿はまだありません。期間を長くするか、同期してください。
drawn-starters-note = 閲覧数に対して返信と引用が最も多かった投稿です。
drawn-starters-readout = { $post }：1,000 閲覧あたり返信と引用 { $per_thousand }（返信 { $replies }、引用 { $quotes }、閲覧数 { $views }）
drawn-starters-axis = 1,000 閲覧あたりの返信と引用

drawn-calendar-empty = この期間には日がありません。投稿した日を見るには期間を選んでください。
drawn-calendar-summary = { $weeks } 週のうち { $posted } 週に投稿 · 現在の連続日数 { $current } 日 · 最長連続日数 { $longest } 日
drawn-calendar-readout =
    { $day }：{ $posts ->
        [0] 投稿なし
       *[other] { $posts } 件の投稿
    }
drawn-calendar-none = なし
drawn-calendar-four-or-more = 1 日 4 件以上

drawn-frequency-empty = この期間に閲覧数のある投稿がある週はありません。期間を長くするか、同期してください。
drawn-frequency-note = 1 週間の投稿を増やすと、投稿ごとのリーチは下がるでしょうか？
drawn-frequency-week = 週
drawn-frequency-median = 同じ投稿数の週の中央値
drawn-frequency-x = その週の投稿数
drawn-frequency-y = 投稿あたりの閲覧数の中央値
drawn-frequency-week-readout = { $week } からの週：{ $posts }、投稿あたりの閲覧数の中央値 { $views }
drawn-frequency-median-readout = { $posts }の週：{ $weeks } 週、投稿あたりの閲覧数の中央値 { $views }

drawn-engagement-empty = この期間に公開された投稿はありません。期間を長くするか、投稿して同期してください。
drawn-engagement-note = 各投稿が公開された日ごとに集計しています。エンゲージメント率：各日までの 7 日間の投稿の、100 閲覧あたりのいいね、返信、再投稿、引用の数。
drawn-shares-in-development = シェア（開発中）
drawn-engagement-rate-7-days = エンゲージメント率（7 日間）
drawn-interactions = インタラクション
drawn-per-100-views = 100 閲覧あたり
drawn-week-of = { $day } からの週
drawn-engagement-readout = { $period }：いいね { $likes }、返信 { $replies }、再投稿 { $reposts }、引用 { $quotes }、シェア { $shares }（開発中）、{ $posts }、閲覧数 { $views }。{ $rate }
drawn-engagement-rate-of = エンゲージメント率は 100 閲覧あたり { $rate }
drawn-engagement-rate-of-smoothed = エンゲージメント率は 100 閲覧あたり { $rate }（7 日間：{ $smoothed }）
drawn-engagement-no-views = 閲覧数がないためエンゲージメント率なし
drawn-engagement-no-views-smoothed = 閲覧数がないためエンゲージメント率なし（7 日間：{ $smoothed }）

drawn-segment-other = その他
drawn-segment-women = 女性
drawn-segment-men = 男性
drawn-segment-unspecified = 未指定
drawn-no-followers = この読み取りにはフォロワーがいません。
drawn-no-link-clicks = この読み取りにはリンクのクリックがありません。
drawn-followers-readout = { $name }：フォロワー { $count } 人（{ $share }）
drawn-clicks-readout = { $name }：{ $count } クリック（{ $share }）

drawn-best-times-title = 投稿した時間帯別の閲覧数の中央値
drawn-best-times-withheld = { $posts }件
drawn-weekday-hour = { $weekday } { $hour }
drawn-best-times-readout = { $when }：閲覧数の中央値 { $views }、{ $posts }
drawn-best-times-too-few = { $when }：{ $posts }。中央値を出すには少なすぎます
drawn-best-times-note = 灰色のセル：投稿が { $minimum } 件未満で、中央値を出すには少なすぎます（数字は件数です）。

drawn-observation-began = { $day } から観測
drawn-no-follower-readings = フォロワーの読み取りはまだありません。最初の同期から始まります。
drawn-followers-reading = { $when }：フォロワー { $count } 人
drawn-this-post = この投稿（閲覧数、Meta で開発中）
drawn-no-post-readings = この投稿の読み取りはまだありません。次の同期から始まります。
drawn-published = { $when } に公開
drawn-views-reading = { $when }：閲覧数 { $count }
drawn-all-links = すべてのリンクのクリック数（最初に読み取った日から）
drawn-no-click-readings = リンクのクリックの読み取りはまだありません。最初の同期から始まります。
drawn-clicks-reading = { $when }：{ $count } クリック
drawn-typical-post = 通常の投稿（中央の半分）
drawn-typical-readout = { $age } の時点：通常は閲覧数 { $median }（中央の半分 { $lower }–{ $upper }）

drawn-no-profile-views = これらの日のプロフィール閲覧数は報告されていません。
drawn-7-day-average = 7 日間の平均
drawn-profile-views-readout = { $day }：プロフィール閲覧数 { $views }
drawn-not-reported = { $day }：Threads から報告なし

## Spool が測定・表示するものの名前

metric-profile-views = プロフィール閲覧数
metric-likes = いいね
metric-replies = 返信
metric-reposts = 再投稿
metric-quotes = 引用
metric-link-clicks = リンクのクリック数
metric-followers = フォロワー
metric-audience = オーディエンス

breakdown-country = 国
breakdown-city = 都市
breakdown-age = 年齢
breakdown-gender = 性別

sync-phase-profile = プロフィールを読み取っています
sync-phase-posts = 投稿を一覧にしています
sync-phase-post-insights = 投稿のインサイトを読み取っています
sync-phase-profile-views = プロフィール閲覧数を読み取っています
sync-phase-engagement = いいね、返信、再投稿、引用を読み取っています
sync-phase-link-clicks = リンクのクリック数を読み取っています
sync-phase-audience = フォロワーとオーディエンスを読み取っています
sync-phase-saving = 保存しています

dataset-posts = 指標付きの投稿
dataset-profile-views = 1 日あたりのプロフィール閲覧数
dataset-followers = フォロワーの推移
dataset-audience = オーディエンス（国、都市、年齢、性別）
dataset-link-clicks = リンクのクリック数
dataset-post-insights = 普段と比べた投稿
dataset-what-to-post = 何を投稿するか（形式、長さ、曜日別）
dataset-words = 言葉とトピック
dataset-engagement = 1 日あたりのエンゲージメント

data-format-csv = CSV（表計算ソフト用）
data-format-json = JSON
image-format-png = PNG 画像
image-format-svg = SVG（ベクター）

layout-as-shown = 画面表示のまま
layout-slide = 16:9 スライド
layout-square = 正方形の SNS 用カード
layout-a4 = A4 横向き

kind-profile-views = 1 日あたりのプロフィール閲覧数
kind-followers = フォロワーの推移
kind-best-times = 投稿に最適な時間
kind-post-growth = 公開後の閲覧数
kind-audience-country = 国別のフォロワー
kind-audience-city = 都市別のフォロワー
kind-audience-age = 年齢別のフォロワー
kind-audience-gender = 性別ごとのフォロワー
kind-link-clicks = リンクごとのクリック数
kind-clicks-over-time = リンクのクリック数の推移
kind-top-posts = 普段と比べたトップ投稿
kind-quality-map = 投稿の品質マップ
kind-engagement-day = 1 日あたりのエンゲージメント
kind-engagement-week = 1 週間あたりのエンゲージメント
kind-engagement-month = 1 か月あたりのエンゲージメント
kind-what-to-post-format = 何を投稿するか：形式別
kind-what-to-post-length = 何を投稿するか：長さ別
kind-what-to-post-weekday = 何を投稿するか：曜日別
kind-posting-calendar = 投稿カレンダー
kind-posting-frequency = 週あたりの投稿数とリーチ
kind-words = よく届く言葉とトピック
kind-conversation-starters = 会話のきっかけになった投稿

preset-last-7-days = 7 日間
preset-last-30-days = 30 日間
preset-last-90-days = 90 日間
preset-this-month = 今月
preset-last-month = 先月
preset-year-to-date = 今年
preset-everything = すべて

format-text = テキスト
format-image = 画像
format-video = 動画
format-carousel = カルーセル
format-audio = 音声
format-other = その他

length-no-text = テキストなし
length-short = 80 文字まで
length-medium = 81～200 文字
length-long = 201～350 文字
length-very-long = 350 文字超

group-with-link = リンクあり
group-without-link = リンクなし
group-by-format = 形式
group-by-length = 長さ
group-by-weekday = 曜日
weekday-monday = 月曜日
weekday-tuesday = 火曜日
weekday-wednesday = 水曜日
weekday-thursday = 木曜日
weekday-friday = 金曜日
weekday-saturday = 土曜日
weekday-sunday = 日曜日
weekday-unknown = ?

quadrant-breakout = ブレイク
quadrant-conversation = 会話型
quadrant-broadcast = 拡散型
quadrant-quiet = 控えめ

# A share of followers or clicks, written as the language writes a percentage.
drawn-share = { NUMBER($share, style: "percent", maximumFractionDigits: 0) }
