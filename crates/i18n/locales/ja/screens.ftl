## Overview, What works, Audience, Links and the range picker

## 概要

# $range is a range-span text, and so is $compared.
overview-range-compared = { $range } · 比較対象：{ $compared }
# $percent is the size of the change, already written ("12").
overview-change-up = ▲ { $percent }%
overview-change-down = ▼ { $percent }%
# A badge after a metric that is not summed over the range (followers).
overview-now = 現在
overview-no-earlier-period = 比較できる以前の期間のデータがありません

## 成功パターン

# $range is a range-span text.
insights-summary = { $range } · この期間に公開され、閲覧のあった投稿は { $posts } 件です。以下の数値はすべてこれらの投稿にもとづいています。
insights-note = エンゲージメント率は投稿の閲覧 1 回あたりの値で、これらの投稿のいいね、返信、再投稿、引用の合計を閲覧数で割ったものです。順位付けされるのは、投稿が { $minimum } 件以上あるグループだけです。閲覧数とシェア数は、Meta によって「開発中」とされています。
insights-top-posts = 普段と比べたトップ投稿
insights-engagement = エンゲージメントの推移
# Followed by buttons: day, week, month.
insights-bars-per = 棒グラフの単位
insights-what-to-post = 何を投稿するか
# Followed by buttons: Format, Length, Weekday…
insights-group-by = 分類
insights-rhythm = 投稿のリズム
insights-words = 反応を呼ぶ言葉とトピック
insights-conversation = 会話を生んだ投稿

## オーディエンス

audience-gate-title = Threads でフォロワーの属性が表示されるのは、フォロワーが { $minimum } 人以上になってからです。
audience-gate-body = このアカウントのフォロワーは { $followers } 人です。{ $minimum } 人に達した後の最初の同期で、Spool が国、都市、年齢、性別を読み取ります。
audience-none = オーディエンスのデータはまだありません。
audience-none-note = Spool は同期のたびに、フォロワーの国、都市、年齢、性別を読み取ります。
# $segment is a country, city, age or gender; $change is signed ("+3", "−2").
audience-segment-change = { $segment } { $change }
# $day is a date.
audience-read-unchanged = { $day } に読み取り。前回の読み取りから変化はありません（または前回の読み取りがありません）。
# $changes lists audience-segment-change texts.
audience-read-changes = { $day } に読み取り。前回の読み取りからの変化：{ $changes }

## リンク

# $since and $until are dates.
links-window = { $since }～{ $until } のクリック数です（最新の同期時点で Threads が集計した値）。
links-none = リンクのクリック数はまだ読み取られていません。
# After a link and a dash.
links-clicks = { $clicks } クリック
# $change is signed ("+3", "−2").
links-clicks-change = { $clicks } クリック（前回の読み取りから { $change }）

## 読み込み中の画面

loaded-loading = 読み込み中…

## 期間の選択

# The label of the group of preset buttons (7 days, 30 days…).
range-presets = 期間
range-enter-both-days = 両方の日付を YYYY-MM-DD の形式で入力するか、選択してください。
# Followed by a choice of range-compare-previous or range-compare-year.
range-compare-with = 比較対象
range-compare-previous = 直前の期間
range-compare-year = 1 年前の同じ期間
range-from = 開始日
range-to = 終了日
range-show = 表示
# $day is the first day Threads has insights of.
range-note = { $day } より前の日付は選べません。Threads にはそれ以前のインサイトが保存されていないためです。フォロワー数は常に現在の値です。Threads は現在の数しか提供していません。
# A range of days: $since and $until are dates.
range-span = { $since }～{ $until }

# The unit a bar of the engagement chart stands for, on the buttons that choose it.
insights-granularity-day = 日
insights-granularity-week = 週
insights-granularity-month = 月
