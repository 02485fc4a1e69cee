## レポート：レポート画面、レポートの各ページ、メディアキット

screen-reports = レポート
screen-reports-purpose = Threads での 1 か月を 1 つのファイルにまとめ、ブランドや代理店、上司に渡せます。選んだセクションで構成する PDF レポートか、提案用の 1 ページのメディアキットを作成します。

# ファイルの種類。表紙とファイルのプロパティに表示されます。
report-title = Threads レポート
media-kit-title = メディアキット
report-kind-report = レポート
report-kind-media-kit = メディアキット
report-look-light = ライト
report-look-print = 印刷向け
report-section-profile-views = プロフィール閲覧数
report-section-followers = フォロワー
report-section-engagement = エンゲージメント
report-section-top-posts = トップ投稿
report-section-what-worked = 成功パターン
report-section-audience = オーディエンス
report-section-links = リンク
report-every-week = 毎週月曜日：前の週
report-every-month = 毎月 1 日：前の月

## レポートの各ページ

# $account is a handle (@name); $range is a range-span text.
report-running-head = { $account } · { $range }
# $version is Spool's version; $page and $pages are numbers.
report-footer = このコンピューターに保存された履歴から Spool { $version } で作成 · { $page } / { $pages } ページ
# $compared is a range-span text.
report-cover-compared = 各数値は、直前の同じ長さの期間（{ $compared }）と比較しています。
report-cover-no-compared = 比較できる以前の期間のデータが Spool に保存されていません。
report-cover-note = フォロワー数は最新の同期時点の値です。Threads は現在の数しか提供していません。閲覧数とシェア数は、Meta によって「開発中」とされています。
# $percent is the size of the change, already written ("12"); $previous the number before.
report-change-up = ▲ { $percent }%（前回 { $previous }）
report-change-down = ▼ { $percent }%（前回 { $previous }）
report-change-level = 前回と同じ
report-card-posts = 公開した投稿
report-card-total = この期間の合計
report-card-daily-average = 1 日あたりの平均
report-card-best-day = 最も良かった日
report-card-interactions = これらの投稿へのインタラクション
report-card-engagement-rate = エンゲージメント率
report-card-followers-now = 現在のフォロワー
report-card-typical-views = 投稿あたりの通常の閲覧数
report-profile-views-intro = 1 日ごとのプロフィール閲覧数と、直近 7 日間の平均です。Threads から報告のなかった日は空白になります。
report-followers-intro = Spool が同期するたびに記録したフォロワー数です。Threads は現在の数しか提供しないため、線は Spool が記録を始めた時点から始まります。
report-engagement-intro = この期間に公開された投稿へのいいね、返信、再投稿、引用を、各投稿が公開された日ごとに示します。あわせて、エンゲージメント率（100 閲覧あたりのインタラクション数）も示します。
# $posts is a number of posts.
report-top-posts-intro = この期間に公開された { $posts } 件の投稿を、同じ経過時間での普段の投稿と比較し、そのうち最も良かった投稿を数値と本文とともに紹介します。
report-what-worked-intro = この期間の投稿からわかる、あなたにとって効果的なこと。どの発見も、意味のある結論を出せるだけの投稿数にもとづいています。
report-audience-intro = 最新の読み取りにもとづく、あなたをフォローしている人たちです。Threads はフォロワーが 100 人以上になるとこの情報を表示します。
report-links-intro = プロフィールと投稿のリンクのクリック数です。最新の読み取りの値と、同期ごとの値を示します。
report-nothing = この項目について Spool に保存されたデータはまだありません。アカウントを同期してから、もう一度レポートを作成してください。
# $views, $interactions are numbers; $rate is a percentage, already written.
report-post-numbers = 閲覧数 { $views } · インタラクション { $interactions } · エンゲージメント { $rate }
# $rank is a number; $day is a date.
report-post-when = { $rank } · { $day }
report-post-no-text = （テキストのない投稿）

## 成功パターン：発見

# $breakouts and $posts are numbers of posts.
report-finding-breakouts = { $posts } 件中 { $breakouts } 件の投稿がブレイクしました。同じ経過時間での通常の閲覧数の 3 倍以上です。
# $group is a format ("Text", "Image"…), $views and $posts numbers.
report-finding-format = 最も良かった形式は { $group } です。{ $posts } 件の投稿で閲覧数の中央値は { $views } でした。
# $group is a length of text ("Short (under 100 characters)"…).
report-finding-length = 長さ別では { $group } が最も良い結果でした。{ $posts } 件の投稿で閲覧数の中央値は { $views } でした。
# $group is a weekday.
report-finding-weekday = { $group }に公開した投稿が最も良い結果でした。{ $posts } 件の投稿で閲覧数の中央値は { $views } でした。
# $word is a word or a hashtag; $views and $median are numbers of views.
report-finding-word = 「{ $word }」を含む投稿の閲覧数の中央値は { $views } でした（全投稿では { $median }）。
# $minimum is a number of posts.
report-finding-none = この期間の投稿が少なすぎて、何が効果的だったかはわかりません。発見を示すには、1 つのグループに { $minimum } 件の投稿が必要です。

## メディアキット

# $day is a date; $range is a range-span text.
media-kit-as-of = { $day } 時点の数値 · { $range } の投稿
media-kit-best-posts = ベスト投稿
media-kit-audience = フォロワーの属性

## レポート画面

reports-kind = 作成するもの
reports-sections = セクション
reports-look = 外観
reports-preview = プレビュー
# $pages is a number of pages.
reports-pages = { $pages } ページ
reports-save-pdf = PDF を保存…
reports-save-png = PNG を保存…
reports-no-sections = レポートに含めるセクションを 1 つ以上選んでください。
reports-making = ページを描画しています…
reports-schedule = スケジュール
reports-schedule-note = Spool の実行中は（システムトレイにあるときも）、表示中のアカウントのレポートを選んだフォルダーに書き出し、書き出しが終わるとお知らせします。
reports-schedule-off = オフ
reports-schedule-folder = フォルダー
reports-schedule-choose = フォルダーを選択…
reports-schedule-saved = 定期レポートの設定を保存しました。
# $page and $pages are numbers: the page a preview's image shows.
reports-page = { $page } / { $pages } ページ
reports-schedule-needs-folder = レポートを保存するフォルダーを選んでください。フォルダーを選ぶと定期作成が始まります。
# $path is where the file was written.
notify-report-written-title = レポートができました
notify-report-written-body = Spool が { $path } を書き出しました。
dialog-filter-pdf = PDF ドキュメント
