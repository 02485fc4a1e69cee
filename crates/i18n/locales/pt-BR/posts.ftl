## The Posts screen, chart readouts in the window and exports

## The Posts screen

posts-best-times = Melhor horário para publicar
posts-in-development-note = A Meta marca visualizações e compartilhamentos como “em desenvolvimento”.

## The table's filters

posts-filter-label = Filtrar publicações por texto
posts-filter-placeholder = Filtrar por texto
posts-filter-type = Tipo
posts-filter-all-types = Todos os tipos
# $shown posts of $total pass the filters.
posts-count =
    { $total ->
        [one] { $shown } de { $total } publicação
       *[other] { $shown } de { $total } publicações
    }

## A post's media type, in the Type column and filter

posts-type-text = Texto
posts-type-image = Imagem
posts-type-video = Vídeo
posts-type-carousel = Carrossel
posts-type-audio = Áudio
posts-type-repost = Repost
posts-type-other = Outro

## The table's columns

posts-column-post = Publicação
posts-column-type = Tipo
posts-column-date = Data
posts-column-engagement = Engajamento
posts-metric-views = Visualizações
posts-metric-likes = Curtidas
posts-metric-replies = Respostas
posts-metric-reposts = Reposts
posts-metric-quotes = Citações
posts-metric-shares = Compartilhamentos

## The table's rows

posts-repost-row = Um repost da publicação de outra pessoa: os insights são dela.
posts-not-read = Ainda não medida.
# $rate is a percentage, already written ("4.2").
posts-engagement-rate = { $rate }%
# A young post's views as a multiple of the typical post's, already written ("2.4"), in a small badge.
posts-track-multiple = { $multiple }×

## A post's page

posts-back = ← Todas as publicações
posts-in-development = em desenvolvimento
posts-no-text = (sem texto)
# $type is a posts-type-* text; $when a date and time.
posts-published = { $type } · publicada em { $when }
posts-repost-page = Um repost da publicação de outra pessoa: os insights pertencem a ela.
posts-open-on-threads = Abrir no Threads
posts-no-address = O Threads não fornece um endereço para esta publicação (material protegido por direitos autorais).

## A chart in the window: its readout line and why it could not be drawn

chart-hint = Aponte para o gráfico, ou selecione-o e use as setas do teclado, para ler os valores.
# $reason says why the chart could not be drawn (chart-no-canvas, chart-canvas-refused…).
chart-failed = { $reason }. Redimensione a janela ou sincronize novamente.
# Lower case: it follows "the chart could not be drawn: ".
chart-no-canvas = a visualização da web não forneceu um canvas 2D
# $reason is what the web view said, untranslated, or chart-canvas-no-reason.
chart-canvas-refused = o canvas se recusou a desenhar: { $reason }
chart-canvas-no-reason = nenhum motivo foi informado

## A chart's Export panel

export-panel = Exportar
export-format = Formato
export-size = Tamanho
export-resolution = Resolução
export-scale-1 = 1× (tela)
export-scale-2 = 2× (telas de alta definição)
export-scale-3 = 3×
export-scale-dpi = Pontos por polegada…
# Beside the box where dots per inch are typed.
export-dpi = dpi
export-dpi-range = Digite uma resolução de { $low } a { $high } dpi.
export-save = Salvar…
export-copy = Copiar imagem
export-copied = A imagem está na área de transferência.

## The data export buttons beside a table

# $dataset names the table ("Profile views").
export-data-heading = { $dataset }:
# $format is CSV or JSON.
export-data-button = Exportar { $format }

## What an export says once done

export-nothing-saved = Nada foi salvo.
# $path is the file's path; $size an export-size-mb or export-size-kb text.
export-saved = Salvo em { $path } ({ $size }).
# $size is already written ("1.4").
export-size-mb = { $size } MB
# $size is already written ("312").
export-size-kb = { $size } KB
