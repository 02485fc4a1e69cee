## Relatórios: a tela Relatórios, as páginas de um relatório, o mídia kit

screen-reports = Relatórios
screen-reports-purpose = Um mês no Threads em um único arquivo para uma marca, uma agência ou seu gestor: um relatório em PDF com as seções que você escolher, ou um mídia kit de uma página para uma proposta.

# O que o arquivo é, na capa e nas propriedades dele.
report-title = Relatório do Threads
media-kit-title = Mídia kit
report-kind-report = Relatório
report-kind-media-kit = Mídia kit
report-look-light = Claro
report-look-print = Para impressão
report-section-profile-views = Visualizações do perfil
report-section-followers = Seguidores
report-section-engagement = Engajamento
report-section-top-posts = Melhores publicações
report-section-what-worked = O que funcionou
report-section-audience = Público
report-section-links = Links
report-every-week = Toda semana, às segundas: a semana anterior
report-every-month = Todo mês, no dia 1º: o mês anterior

## As páginas de um relatório

# $account is a handle (@name); $range is a range-span text.
report-running-head = { $account } · { $range }
# $version is Spool's version; $page and $pages are numbers.
report-footer = Feito com o Spool { $version } a partir do histórico guardado neste computador · página { $page } de { $pages }
# $compared is a range-span text.
report-cover-compared = Cada número é comparado com { $compared }, o período de mesma duração logo antes.
report-cover-no-compared = O Spool não tem nenhum período anterior guardado para comparar.
report-cover-note = Os seguidores são os da última sincronização: o Threads informa apenas o número atual. Visualizações e compartilhamentos estão marcados pela Meta como “em desenvolvimento”.
# $percent is the size of the change, already written ("12"); $previous the number before.
report-change-up = ▲ { $percent }% em relação a { $previous }
report-change-down = ▼ { $percent }% em relação a { $previous }
report-change-level = igual ao período anterior
report-card-posts = Publicações feitas
report-card-total = Total nestes dias
report-card-daily-average = Por dia, em média
report-card-best-day = Melhor dia
report-card-interactions = Interações nestas publicações
report-card-engagement-rate = Taxa de engajamento
report-card-followers-now = Seguidores agora
report-card-typical-views = Visualizações típicas por publicação
report-profile-views-intro = Visualizações do perfil a cada dia, com a média dos últimos sete dias. Um dia que o Threads deixou de fora aparece como uma lacuna.
report-followers-intro = Seguidores em cada sincronização feita pelo Spool. O Threads informa apenas o número atual, então a linha começa quando o Spool começou a guardá-lo.
report-engagement-intro = Curtidas, respostas, reposts e citações nas publicações feitas nestes dias, pelo dia em que cada uma saiu, e a taxa de engajamento: interações a cada 100 visualizações.
# $posts is a number of posts.
report-top-posts-intro =
    { $posts ->
        [one] { $posts } publicação feita nestes dias, comparada ao seu normal para publicações da mesma idade, com seus números e seu texto.
       *[other] { $posts } publicações feitas nestes dias, comparadas ao seu normal para publicações da mesma idade e, depois, as melhores delas com seus números e textos.
    }
report-what-worked-intro = O que as publicações destes dias dizem sobre o que funciona para você: cada conclusão se apoia em publicações suficientes para significar algo.
report-audience-intro = Quem segue você, segundo a medição mais recente. O Threads mostra isso a partir de 100 seguidores.
report-links-intro = Cliques nos links do seu perfil e das suas publicações, na medição mais recente e em cada sincronização.
report-nothing = O Spool ainda não tem nada guardado para isto. Sincronize a conta e gere o relatório de novo.
# $views, $interactions are numbers; $rate is a percentage, already written.
report-post-numbers = { $views } visualizações · { $interactions } interações · { $rate } de engajamento
# $rank is a number; $day is a date.
report-post-when = { $rank } · { $day }
report-post-no-text = (uma publicação sem texto)

## O que funcionou: conclusões

# $breakouts and $posts are numbers of posts.
report-finding-breakouts =
    { $breakouts ->
        [one] { $breakouts } publicação de { $posts } se destacou: três vezes ou mais as suas visualizações normais para a idade dela.
       *[other] { $breakouts } publicações de { $posts } se destacaram: três vezes ou mais as suas visualizações normais para a idade delas.
    }
# $group is a format ("Text", "Image"…), $views and $posts numbers.
report-finding-format =
    O formato que se saiu melhor foi { $group }: mediana de { $views } visualizações em { $posts ->
        [one] { $posts } publicação
       *[other] { $posts } publicações
    }.
# $group is a length of text ("Short (under 100 characters)"…).
report-finding-length =
    Por tamanho, o grupo que se saiu melhor foi { $group }: mediana de { $views } visualizações em { $posts ->
        [one] { $posts } publicação
       *[other] { $posts } publicações
    }.
# $group is a weekday.
report-finding-weekday =
    O dia da semana em que as publicações se saíram melhor foi { $group }: mediana de { $views } visualizações em { $posts ->
        [one] { $posts } publicação
       *[other] { $posts } publicações
    }.
# $word is a word or a hashtag; $views and $median are numbers of views.
report-finding-word = As publicações com “{ $word }” tiveram mediana de { $views } visualizações, contra { $median } de todas as publicações.
# $minimum is a number of posts.
report-finding-none =
    Poucas publicações nestes dias para dizer o que funcionou: uma conclusão precisa de { $minimum ->
        [one] { $minimum } publicação
       *[other] { $minimum } publicações
    } em um grupo.

## O mídia kit

# $day is a date; $range is a range-span text.
media-kit-as-of = Números de { $day } · publicações de { $range }
media-kit-best-posts = Melhores publicações
media-kit-audience = Quem segue

## A tela Relatórios

reports-kind = Criar um
reports-sections = Seções
reports-look = Aparência
reports-preview = Prévia
# $pages is a number of pages.
reports-pages =
    { $pages ->
        [one] { $pages } página
       *[other] { $pages } páginas
    }
reports-save-pdf = Salvar PDF…
reports-save-png = Salvar PNG…
reports-no-sections = Escolha pelo menos uma seção para o relatório.
reports-making = Desenhando as páginas…
reports-schedule = Agendamento
reports-schedule-note = Enquanto o Spool estiver em execução (inclusive na bandeja do sistema), ele grava um relatório da conta exibida na pasta que você escolher e avisa você quando ele estiver pronto.
reports-schedule-off = Desativado
reports-schedule-folder = Pasta
reports-schedule-choose = Escolher pasta…
reports-schedule-saved = O agendamento dos relatórios foi salvo.
# $page and $pages are numbers: the page a preview's image shows.
reports-page = Página { $page } de { $pages }
reports-schedule-needs-folder = Escolha uma pasta para os relatórios: o agendamento começa quando houver uma.
# $path is where the file was written.
notify-report-written-title = Seu relatório está pronto
notify-report-written-body = O Spool gravou { $path }.
dialog-filter-pdf = Documento PDF
