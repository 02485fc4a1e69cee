## Textos desenhados nos gráficos: títulos, legendas, eixos, leituras

## Palavras desenhadas nos gráficos: títulos, legendas, eixos, notas e leituras

# Uma publicação sem texto, nomeada pelo formato (um nome format-*) e pelo dia.
drawn-post-of = Publicação ({ $format }) de { $day }
drawn-quoted = “{ $text }”
drawn-posts =
    { $count ->
        [one] { $count } publicação
       *[other] { $count } publicações
    }
drawn-no-posts-with-views = Nenhuma publicação com visualizações neste período: escolha um período maior ou sincronize para ler suas publicações.

drawn-quality-note = Linhas tracejadas: sua publicação mediana, { $views } visualizações e { $rate } a cada 100 visualizações. Taxa de engajamento: curtidas, respostas, reposts e citações a cada 100 visualizações.
drawn-views-log-scale = Visualizações (escala logarítmica)
drawn-engagement-rate-axis = Taxa de engajamento (a cada 100 visualizações)
drawn-quality-readout =
    { $post }: { $views ->
        [one] { $views } visualização
       *[other] { $views } visualizações
    }, { $rate } a cada 100 visualizações, { $quadrant }
drawn-in-quadrant-breakout = destaque
drawn-in-quadrant-conversation = conversa
drawn-in-quadrant-broadcast = alcance
drawn-in-quadrant-quiet = discreta

drawn-multiple = { $multiple }×
drawn-top-note =
    { $posts ->
        [one] { $posts } publicação comparada
       *[other] { $posts } publicações comparadas
    } com sua publicação mediana da mesma idade; { $breakouts ->
        [one] { $breakouts } delas é destaque
       *[other] { $breakouts } delas são destaques
    }.
drawn-top-post = Publicação
drawn-top-breakout = Destaque ({ $multiple }× suas visualizações normais ou mais)
drawn-top-normal = Seu normal (1×)
drawn-top-views-readout =
    { $post }: { $multiple } suas visualizações normais ({ $views ->
        [one] { $views } visualização
       *[other] { $views } visualizações
    })
drawn-top-views-readout-breakout =
    { $post }: { $multiple } suas visualizações normais ({ $views ->
        [one] { $views } visualização
       *[other] { $views } visualizações
    }), destaque
drawn-top-rate-readout = { $post }: { $multiple } sua taxa de engajamento normal ({ $rate } a cada 100 visualizações)
drawn-top-rate-readout-breakout = { $post }: { $multiple } sua taxa de engajamento normal ({ $rate } a cada 100 visualizações), destaque
drawn-no-engagement-rate = sem taxa de engajamento
drawn-top-no-rate-readout =
    { $post }: sem taxa de engajamento ({ $views ->
        [one] { $views } visualização
       *[other] { $views } visualizações
    })
drawn-views = Visualizações
drawn-engagement-rate = Taxa de engajamento
drawn-no-posts-to-compare = Nenhuma publicação para comparar.
drawn-times-your-normal = × seu normal

drawn-what-verdict = Melhor entre os grupos com { $minimum } publicações ou mais: { $by_views } em visualizações ({ $views_posts }), { $by_rate } em engajamento ({ $rate_posts }).
drawn-what-no-best =
    Nenhum grupo tem { $minimum ->
        [one] { $minimum } publicação
       *[other] { $minimum } publicações
    } ainda, então nenhum é considerado o melhor.
drawn-median-post = Publicação mediana
drawn-middle-half = Metade central das publicações
drawn-best = Melhor
drawn-too-few-posts = poucas publicações ({ $posts })
drawn-too-few-readout = { $group }: poucas publicações ({ $posts }) para uma mediana; são necessárias { $minimum }
drawn-group-posts = { $group } · { $posts }
drawn-what-views-readout = { $group }: mediana de { $median } visualizações (metade central { $lower }–{ $upper }) em { $posts }
drawn-what-rate-readout = { $group }: taxa de engajamento mediana de { $median } a cada 100 visualizações (metade central { $lower }–{ $upper }) em { $posts }
drawn-value-best = { $value } · melhor
drawn-best-by-views = { $readout }; o melhor em visualizações
drawn-best-by-engagement = { $readout }; o melhor em engajamento
drawn-median-views = Visualizações medianas
drawn-median-engagement-long = Engajamento mediano a cada 100 visualizações
drawn-median-engagement-medium = Engajamento a cada 100 visualizações
drawn-median-engagement-short = Engajamento

drawn-words-empty =
    Nenhuma palavra aparece em { $minimum ->
        [one] { $minimum } publicação
       *[other] { $minimum } publicações
    } ou mais neste período ainda: escolha um período maior.
drawn-words-note =
    Palavras e hashtags usadas em { $minimum ->
        [one] { $minimum } publicação
       *[other] { $minimum } publicações
    } ou mais, pelas visualizações medianas dessas publicações.
drawn-words-above = Acima da mediana de todas as publicações
drawn-words-below = Igual ou abaixo dela
drawn-words-all-posts = Todas as publicações ({ $views })
drawn-words-value = { $views } · { $posts }
drawn-words-readout = “{ $word }”: mediana de { $views } visualizações em { $posts } (taxa de engajamento { $rate } a cada 100 visualizações); mediana de todas as publicações: { $all } visualizações

drawn-starters-empty = Nenhuma publicação deste período tem respostas ou citações ainda: escolha um período maior ou sincronize.
drawn-starters-note = As publicações com mais respostas e citações para as visualizações que tiveram.
drawn-starters-readout =
    { $post }: { $per_thousand } respostas e citações a cada 1.000 visualizações ({ $replies ->
        [one] { $replies } resposta
       *[other] { $replies } respostas
    }, { $quotes ->
        [one] { $quotes } citação
       *[other] { $quotes } citações
    }, { $views ->
        [one] { $views } visualização
       *[other] { $views } visualizações
    })
drawn-starters-axis = Respostas e citações a cada 1.000 visualizações

drawn-calendar-empty = Nenhum dia neste período: escolha um período para ver seus dias de publicação.
drawn-calendar-summary =
    Publicou em { $posted } de { $weeks } semanas · sequência atual: { $current ->
        [one] { $current } dia
       *[other] { $current } dias
    } · maior sequência: { $longest ->
        [one] { $longest } dia
       *[other] { $longest } dias
    }
drawn-calendar-readout =
    { $day }: { $posts ->
        [0] nenhuma publicação
        [one] { $posts } publicação
       *[other] { $posts } publicações
    }
drawn-calendar-none = Nenhuma
drawn-calendar-four-or-more = 4+ publicações por dia

drawn-frequency-empty = Nenhuma semana deste período tem publicações com visualizações: escolha um período maior ou sincronize.
drawn-frequency-note = Publicar mais em uma semana dilui o alcance de cada publicação?
drawn-frequency-week = Uma semana
drawn-frequency-median = Mediana das semanas com esse número de publicações
drawn-frequency-x = Publicações na semana
drawn-frequency-y = Visualizações medianas por publicação
drawn-frequency-week-readout = Semana de { $week }: { $posts }, mediana de { $views } visualizações por publicação
drawn-frequency-median-readout =
    Semanas com { $posts }: { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    }, mediana de { $views } visualizações por publicação

drawn-engagement-empty = Nada foi publicado neste período: escolha um período maior, ou publique e sincronize.
drawn-engagement-note = Pelo dia em que cada publicação foi feita. Taxa de engajamento: curtidas, respostas, reposts e citações a cada 100 visualizações das publicações dos 7 dias até cada dia.
drawn-shares-in-development = Compartilhamentos (em desenvolvimento)
drawn-engagement-rate-7-days = Taxa de engajamento, 7 dias
drawn-interactions = Interações
drawn-per-100-views = A cada 100 visualizações
drawn-week-of = Semana de { $day }
drawn-engagement-readout =
    { $period }: { $likes ->
        [one] { $likes } curtida
       *[other] { $likes } curtidas
    }, { $replies ->
        [one] { $replies } resposta
       *[other] { $replies } respostas
    }, { $reposts } reposts, { $quotes ->
        [one] { $quotes } citação
       *[other] { $quotes } citações
    }, { $shares } compartilhamentos (em desenvolvimento), em { $posts } com { $views ->
        [one] { $views } visualização
       *[other] { $views } visualizações
    }; { $rate }
drawn-engagement-rate-of = taxa de engajamento de { $rate } a cada 100 visualizações
drawn-engagement-rate-of-smoothed = taxa de engajamento de { $rate } a cada 100 visualizações (7 dias: { $smoothed })
drawn-engagement-no-views = sem visualizações para uma taxa de engajamento
drawn-engagement-no-views-smoothed = sem visualizações para uma taxa de engajamento (7 dias: { $smoothed })

drawn-segment-other = Outros
drawn-segment-women = Mulheres
drawn-segment-men = Homens
drawn-segment-unspecified = Não especificado
drawn-no-followers = Nenhum seguidor nesta leitura.
drawn-no-link-clicks = Nenhum clique em links nesta leitura.
drawn-followers-readout =
    { $name }: { $count ->
        [one] { $count } seguidor
       *[other] { $count } seguidores
    } ({ $share })
drawn-clicks-readout =
    { $name }: { $count ->
        [one] { $count } clique
       *[other] { $count } cliques
    } ({ $share })

drawn-best-times-title = Visualizações medianas pelo horário da publicação
drawn-best-times-withheld = { $posts }×
drawn-weekday-hour = { $weekday } { $hour }
drawn-best-times-readout = { $when }: mediana de { $views } visualizações em { $posts }
drawn-best-times-too-few = { $when }: { $posts }, poucas para uma mediana
drawn-best-times-note = Células cinza: menos de { $minimum } publicações, poucas para uma mediana (o número mostra quantas).

drawn-observation-began = Observação desde { $day }
drawn-no-follower-readings = Ainda não há leituras de seguidores: elas começam com a primeira sincronização.
drawn-followers-reading =
    { $when }: { $count ->
        [one] { $count } seguidor
       *[other] { $count } seguidores
    }
drawn-this-post = Esta publicação (visualizações, em desenvolvimento na Meta)
drawn-no-post-readings = Ainda não há leituras desta publicação: elas começam com a próxima sincronização.
drawn-published = Publicada em { $when }
drawn-views-reading =
    { $when }: { $count ->
        [one] { $count } visualização
       *[other] { $count } visualizações
    }
drawn-all-links = Cliques em todos os links, desde o primeiro dia lido
drawn-no-click-readings = Ainda não há leituras de cliques em links: elas começam com a primeira sincronização.
drawn-clicks-reading =
    { $when }: { $count ->
        [one] { $count } clique
       *[other] { $count } cliques
    }
drawn-typical-post = Sua publicação típica (metade central)
drawn-typical-readout = Com { $age }: { $median } visualizações típicas (metade central { $lower }–{ $upper })

drawn-no-profile-views = Nenhuma visualização do perfil foi informada para estes dias.
drawn-7-day-average = Média de 7 dias
drawn-profile-views-readout =
    { $day }: { $views ->
        [one] { $views } visualização do perfil
       *[other] { $views } visualizações do perfil
    }
drawn-not-reported = { $day }: não informado pelo Threads

## Nomes do que o Spool mede e mostra, onde quer que apareçam

metric-profile-views = Visualizações do perfil
metric-likes = Curtidas
metric-replies = Respostas
metric-reposts = Reposts
metric-quotes = Citações
metric-link-clicks = Cliques em links
metric-followers = Seguidores
metric-audience = Público

breakdown-country = País
breakdown-city = Cidade
breakdown-age = Idade
breakdown-gender = Gênero

sync-phase-profile = Lendo o perfil
sync-phase-posts = Listando as publicações
sync-phase-post-insights = Lendo os insights das publicações
sync-phase-profile-views = Lendo as visualizações do perfil
sync-phase-engagement = Lendo curtidas, respostas, reposts e citações
sync-phase-link-clicks = Lendo os cliques em links
sync-phase-audience = Lendo seguidores e público
sync-phase-saving = Salvando

dataset-posts = Publicações com métricas
dataset-profile-views = Visualizações do perfil por dia
dataset-followers = Seguidores ao longo do tempo
dataset-audience = Público (país, cidade, idade, gênero)
dataset-link-clicks = Cliques em links
dataset-post-insights = Publicações comparadas ao seu normal
dataset-what-to-post = O que publicar (por formato, tamanho, dia da semana)
dataset-words = Palavras e temas
dataset-engagement = Engajamento por dia

data-format-csv = CSV (planilhas)
data-format-json = JSON
image-format-png = Imagem PNG
image-format-svg = SVG (vetorial)

layout-as-shown = Como na tela
layout-slide = Slide 16:9
layout-square = Card quadrado para redes sociais
layout-a4 = A4 paisagem

kind-profile-views = Visualizações do perfil por dia
kind-followers = Seguidores ao longo do tempo
kind-best-times = Melhor horário para publicar
kind-post-growth = Visualizações desde a publicação
kind-audience-country = Seguidores por país
kind-audience-city = Seguidores por cidade
kind-audience-age = Seguidores por idade
kind-audience-gender = Seguidores por gênero
kind-link-clicks = Cliques por link
kind-clicks-over-time = Cliques em links ao longo do tempo
kind-top-posts = Melhores publicações comparadas ao seu normal
kind-quality-map = Mapa de qualidade das publicações
kind-engagement-day = Engajamento por dia
kind-engagement-week = Engajamento por semana
kind-engagement-month = Engajamento por mês
kind-what-to-post-format = O que publicar: por formato
kind-what-to-post-length = O que publicar: por tamanho
kind-what-to-post-weekday = O que publicar: por dia da semana
kind-posting-calendar = Calendário de publicações
kind-posting-frequency = Publicações por semana e seu alcance
kind-words = Palavras e temas que vão longe
kind-conversation-starters = Publicações que puxam conversa

preset-last-7-days = 7 dias
preset-last-30-days = 30 dias
preset-last-90-days = 90 dias
preset-this-month = Este mês
preset-last-month = Mês passado
preset-year-to-date = Este ano até agora
preset-everything = Tudo

format-text = Texto
format-image = Imagem
format-video = Vídeo
format-carousel = Carrossel
format-audio = Áudio
format-other = Outro

length-no-text = Sem texto
length-short = Até 80 caracteres
length-medium = 81–200 caracteres
length-long = 201–350 caracteres
length-very-long = Mais de 350 caracteres

group-with-link = Com link
group-without-link = Sem link
group-by-format = Formato
group-by-length = Tamanho
group-by-weekday = Dia da semana
weekday-monday = Segunda-feira
weekday-tuesday = Terça-feira
weekday-wednesday = Quarta-feira
weekday-thursday = Quinta-feira
weekday-friday = Sexta-feira
weekday-saturday = Sábado
weekday-sunday = Domingo
weekday-unknown = ?

quadrant-breakout = Destaque
quadrant-conversation = Conversa
quadrant-broadcast = Alcance
quadrant-quiet = Discreta

# A share of followers or clicks, written as the language writes a percentage.
drawn-share = { NUMBER($share, style: "percent", maximumFractionDigits: 0) }
