## Overview, What works, Audience, Links and the range picker

## Visão geral

# $range is a range-span text, and so is $compared.
overview-range-compared = { $range } · comparado com { $compared }
# $percent is the size of the change, already written ("12").
overview-change-up = ▲ { $percent }%
overview-change-down = ▼ { $percent }%
# A badge after a metric that is not summed over the range (followers).
overview-now = agora
overview-no-earlier-period = nenhum período anterior guardado

## O que funciona

# $range is a range-span text.
insights-summary =
    { $range } · { $posts ->
        [one] { $posts } publicação com visualizações feita nestes dias: todos os números abaixo se baseiam nela.
       *[other] { $posts } publicações com visualizações feitas nestes dias: todos os números abaixo se baseiam nelas.
    }
insights-note =
    A taxa de engajamento é por visualização: as curtidas, respostas, reposts e citações destas publicações divididas pelas visualizações delas. Um grupo só entra no ranking com { $minimum ->
        [one] { $minimum } publicação
       *[other] { $minimum } publicações
    } ou mais. Visualizações e compartilhamentos estão marcados pela Meta como "em desenvolvimento".
insights-top-posts = Melhores publicações comparadas ao seu normal
insights-engagement = Engajamento ao longo do tempo
# Followed by buttons: day, week, month.
insights-bars-per = Barras por
insights-what-to-post = O que publicar
# Followed by buttons: Format, Length, Weekday…
insights-group-by = Por
insights-rhythm = Ritmo de publicação
insights-words = Palavras e temas que se espalham
insights-conversation = Publicações que puxam conversa

## Público

audience-gate-title = O Threads mostra quem são seus seguidores a partir de { $minimum } seguidores.
audience-gate-body =
    Esta conta tem { $followers ->
        [one] { $followers } seguidor
       *[other] { $followers } seguidores
    }. O Spool mede países, cidades, idades e gêneros na primeira sincronização depois que ela chegar a { $minimum }.
audience-none = Nenhuma medição do público ainda.
audience-none-note = O Spool mede os seguidores por país, cidade, idade e gênero a cada sincronização.
# $segment is a country, city, age or gender; $change is signed ("+3", "−2").
audience-segment-change = { $segment } { $change }
# $day is a date.
audience-read-unchanged = Medido em { $day }; nenhuma mudança desde a medição anterior (ou não houve medição anterior).
# $changes lists audience-segment-change texts.
audience-read-changes = Medido em { $day }. Desde a medição anterior: { $changes }

## Links

# $since and $until are dates.
links-window = Cliques de { $since } a { $until }, como o Threads os contou na última sincronização.
links-none = Nenhum clique em link medido ainda.
# After a link and a dash.
links-clicks =
    { $clicks ->
        [one] { $clicks } clique
       *[other] { $clicks } cliques
    }
# $change is signed ("+3", "−2").
links-clicks-change =
    { $clicks ->
        [one] { $clicks } clique
       *[other] { $clicks } cliques
    } ({ $change } desde a medição anterior)

## Qualquer tela enquanto carrega

loaded-loading = Carregando…

## O seletor de período

# The label of the group of preset buttons (7 days, 30 days…).
range-presets = Período
range-enter-both-days = Digite os dois dias no formato AAAA-MM-DD ou escolha-os.
# Followed by a choice of range-compare-previous or range-compare-year.
range-compare-with = Comparar com
range-compare-previous = o período anterior
range-compare-year = os mesmos dias um ano antes
range-from = De
range-to = Até
range-show = Mostrar
# $day is the first day Threads has insights of.
range-note = Não é possível escolher dias antes de { $day }: o Threads não guarda dados anteriores a essa data. Os seguidores são sempre os de agora: o Threads informa apenas o número atual.
# A range of days: $since and $until are dates.
range-span = { $since } – { $until }

# The unit a bar of the engagement chart stands for, on the buttons that choose it.
insights-granularity-day = dia
insights-granularity-week = semana
insights-granularity-month = mês
