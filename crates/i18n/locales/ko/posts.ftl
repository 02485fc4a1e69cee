## The Posts screen, chart readouts in the window and exports

## The Posts screen

posts-best-times = 게시하기 좋은 시간
posts-in-development-note = 조회수와 공유 수는 Meta에서 '개발 중'으로 표시합니다.

## The table's filters

posts-filter-label = 텍스트로 게시물 필터링
posts-filter-placeholder = 텍스트로 필터링
posts-filter-type = 유형
posts-filter-all-types = 모든 유형
# $shown posts of $total pass the filters.
posts-count = 게시물 { $total }개 중 { $shown }개

## A post's media type, in the Type column and filter

posts-type-text = 텍스트
posts-type-image = 이미지
posts-type-video = 동영상
posts-type-carousel = 캐러셀
posts-type-audio = 오디오
posts-type-repost = 리포스트
posts-type-other = 기타

## The table's columns

posts-column-post = 게시물
posts-column-type = 유형
posts-column-date = 날짜
posts-column-engagement = 참여율
posts-metric-views = 조회수
posts-metric-likes = 좋아요
posts-metric-replies = 답글
posts-metric-reposts = 리포스트
posts-metric-quotes = 인용
posts-metric-shares = 공유

## The table's rows

posts-repost-row = 다른 사람의 게시물을 리포스트한 것으로, 인사이트는 원래 게시자의 것입니다.
posts-not-read = 아직 읽지 않았습니다.
# $rate is a percentage, already written ("4.2").
posts-engagement-rate = { $rate }%
# A young post's views as a multiple of the typical post's, already written ("2.4"), in a small badge.
posts-track-multiple = { $multiple }배

## A post's page

posts-back = ← 모든 게시물
posts-in-development = 개발 중
posts-no-text = (텍스트 없음)
# $type is a posts-type-* text; $when a date and time.
posts-published = { $type } · { $when } 게시
posts-repost-page = 다른 사람의 게시물을 리포스트한 것입니다. 인사이트는 원래 게시자에게 속합니다.
posts-open-on-threads = Threads에서 열기
posts-no-address = Threads에서 이 게시물의 주소를 제공하지 않습니다(저작권 보호 자료).

## A chart in the window: its readout line and why it could not be drawn

chart-hint = 차트를 가리키거나, 차트에 포커스를 두고 화살표 키를 사용하면 값을 확인할 수 있습니다.
# $reason says why the chart could not be drawn (chart-no-canvas, chart-canvas-refused…).
chart-failed = { $reason }. 창 크기를 조정하거나 다시 동기화하세요.
# Lower case: it follows "the chart could not be drawn: ".
chart-no-canvas = 웹 뷰에서 2D 캔버스를 제공하지 않았습니다
# $reason is what the web view said, untranslated, or chart-canvas-no-reason.
chart-canvas-refused = 캔버스에서 그리기를 거부했습니다: { $reason }
chart-canvas-no-reason = 사유가 제공되지 않음

## A chart's Export panel

export-panel = 내보내기
export-format = 형식
export-size = 크기
export-resolution = 해상도
export-scale-1 = 1×(화면)
export-scale-2 = 2×(고해상도 화면)
export-scale-3 = 3×
export-scale-dpi = 인치당 도트 수…
# Beside the box where dots per inch are typed.
export-dpi = dpi
export-dpi-range = 해상도를 { $low }~{ $high }dpi 사이로 입력하세요.
export-save = 저장…
export-copy = 이미지 복사
export-copied = 이미지를 클립보드에 복사했습니다.

## The data export buttons beside a table

# $dataset names the table ("Profile views").
export-data-heading = { $dataset }:
# $format is CSV or JSON.
export-data-button = { $format } 내보내기

## What an export says once done

export-nothing-saved = 아무것도 저장되지 않았습니다.
# $path is the file's path; $size an export-size-mb or export-size-kb text.
export-saved = { $path }에 저장했습니다({ $size }).
# $size is already written ("1.4").
export-size-mb = { $size }MB
# $size is already written ("312").
export-size-kb = { $size }KB
