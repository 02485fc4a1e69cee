# Spool em português do Brasil, traduzido do inglês (locales/en/spool.ftl).
# Os ids começam com a parte do Spool que diz a mensagem.

## Quem é uma conta, na bandeja e nas notificações

account-handle = @{ $username }
account-handle-demo = @{ $username } (demonstração)

## O menu da bandeja (o da barra de menus, no macOS)

tray-profile-views = Visualizações do perfil: { $today } até agora hoje, { $yesterday } ontem
tray-followers = Seguidores: { $followers }
tray-followers-change = Seguidores: { $followers } ({ $change } desde ontem)
tray-best-post =
    Melhor publicação das últimas 24 h: { $views ->
        [one] { $views } visualização
       *[other] { $views } visualizações
    }
tray-best-post-against =
    Melhor publicação das últimas 24 h: { $views ->
        [one] { $views } visualização
       *[other] { $views } visualizações
    }, { NUMBER($multiple, maximumFractionDigits: 1) } vezes o que sua publicação típica tem em { $hours } h
tray-quote = “{ $excerpt }”
tray-no-post = Nenhuma publicação nas últimas 24 horas
tray-no-account = Nenhuma conta ainda: abra o Spool para conectar uma
tray-sync-now = Sincronizar agora
tray-open = Abrir o Spool
tray-quit = Sair do Spool
tray-sync-failed = O Spool não conseguiu sincronizar
tray-still-running = O Spool continua em execução
tray-still-running-body = Ele continua sincronizando em segundo plano e avisa você quando algo acontece. Abra ou encerre o Spool pelo ícone na bandeja do sistema (na barra de menus, no macOS). Nas Configurações, você pode escolher que fechar a janela encerre o app.

## Notificações

notify-breakout = Uma publicação de { $account } está bombando
notify-breakout-body =
    “{ $excerpt }” tem { $views ->
        [one] { $views } visualização
       *[other] { $views } visualizações
    } em { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    }: { NUMBER($multiple, maximumFractionDigits: 1) } vezes o que sua publicação típica tem no mesmo tempo.
notify-milestone = { $account } chegou a { $milestone } seguidores
notify-milestone-body = Agora são { $followers } seguidores; na sincronização anterior eram { $before }.
notify-login-needed = Faça login novamente em { $account }
notify-login-needed-body = O Threads não aceita mais o login do Spool, então nada será sincronizado até você fazer login novamente nas Configurações. Seu histórico fica guardado.
notify-login-ending =
    { $days ->
        [0] O login de { $account } expira hoje
        [1] O login de { $account } expira amanhã
       *[other] O login de { $account } expira em { $days } dias
    }
notify-login-ending-body = O Spool não conseguiu renová-lo. Faça login novamente nas Configurações antes que ele expire para continuar sincronizando.
notify-syncs-failing = As sincronizações de { $account } continuam falhando
notify-syncs-failing-body = As últimas { $failed } sincronizações falharam. A última informou: { $reason }
notify-no-reason = nenhum motivo foi informado

## As telas: seus nomes na barra lateral e como títulos, e o que cada uma mostra

screen-today = Hoje
screen-overview = Visão geral
screen-insights = O que funciona
screen-posts = Publicações
screen-audience = Público
screen-links = Links
screen-settings = Configurações
screen-today-purpose = Suas publicações dos últimos três dias comparadas à sua publicação típica, as visualizações do perfil e os seguidores de hoje e o que precisa da sua atenção.
screen-overview-purpose = Visualizações do perfil, curtidas, respostas, reposts, citações, cliques em links e seguidores no período que você escolher.
screen-insights-purpose = O que funciona para você: suas melhores publicações comparadas ao seu normal, formatos, tamanhos, dias da semana, palavras e seu ritmo de publicação.
screen-posts-purpose = Todas as publicações com visualizações, curtidas, respostas, reposts, citações e compartilhamentos, e como cada uma cresceu.
screen-audience-purpose = Onde seus seguidores moram, a idade e o gênero deles, quando você tiver pelo menos 100 seguidores.
screen-links-purpose = Quantas vezes os links das suas publicações e do seu perfil foram clicados.
screen-settings-purpose = Contas, preferências e informações sobre o Spool.

## Configurações → Idioma

settings-language = Idioma
settings-language-label = Idioma do Spool
# $language is the system's language in its own name ("日本語", "Deutsch").
settings-language-system = Idioma do sistema ({ $language })
settings-language-note = Menus, mensagens, notificações e gráficos exportados seguem essa escolha na hora, e números e datas são escritos como esse idioma os escreve na sua região.

## Idades de uma publicação, como os pontos de medição as chamam

age-hours = { $hours } h
age-days =
    { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }
# $multiple is how many times the typical post's views; $age is an age-hours or age-days text.
on-track = { NUMBER($multiple, maximumFractionDigits: 1) } vezes o que sua publicação típica tem em { $age }

## Uma tela antes de ter insights para mostrar

waiting-no-account = Nenhuma conta do Threads conectada ainda.
waiting-connected = A conta { $account } está conectada.
waiting-connect = Conectar uma conta
waiting-try-demo = Experimentar a conta de demonstração
waiting-demo-note = A demonstração mostra todas as telas com dados simulados, identificados como demonstração; ela não precisa de um app da Meta.

## Sincronização

sync-now = Sincronizar agora
sync-cancel = Cancelar
# $done and $total count requests; $rate is requests per second.
sync-progress = { $done } de { $total } · { NUMBER($rate, maximumFractionDigits: 0) } solicitações/s
sync-never = Nenhuma sincronização ainda: o Spool não tem dados desta conta guardados.
# $when is a date and time.
sync-completed =
    Última sincronização em { $when } ({ $requests ->
        [one] { $requests } solicitação
       *[other] { $requests } solicitações
    }).
sync-cancelled = A sincronização de { $when } foi cancelada; nada foi salvo.
sync-failed = Última sincronização em { $when }: { $reason }
sync-failed-no-reason = ela falhou sem motivo informado; nada foi salvo.
# $day is a day and month, $time a time of day.
sync-short-completed = Sincronizado em { $day }, às { $time }
sync-short-cancelled = Última sincronização cancelada
sync-short-failed = Falha na última sincronização

## Hoje

today-views = Visualizações do perfil hoje até agora
today-usual-day = um dia comum: { $views }
today-no-usual-day = ainda não há um dia comum guardado
today-followers = Seguidores
today-followers-up = ▲ { $change } desde ontem
today-followers-down = ▼ { $change } desde ontem
today-no-reading = nenhuma medição antes de hoje
today-recent = Seus últimos três dias
today-no-recent = Nenhuma publicação nos últimos três dias.
# $ages lists the checkpoints ("1 h, 6 h, 24 h, 3 days, 7 days").
today-typical-note = Sua publicação típica é a do meio entre suas publicações anteriores medidas com a mesma idade ({ $ages }); enquanto está em execução, o Spool mede a cada hora as publicações com menos de dois dias e, fora isso, a cada sincronização.
today-typical-unknown =
    O Spool precisa de pelo menos { $posts ->
        [one] { $posts } publicação anterior medida
       *[other] { $posts } publicações anteriores medidas
    } com a mesma idade para conhecer sua publicação típica; enquanto está em execução, ele mede as publicações recentes a cada hora.
today-login-ending = Seu login expira em { $when }: faça login novamente antes disso para o Spool continuar sincronizando.
today-login-needed = O Threads não aceita mais este login: faça login novamente para sincronizar.
today-log-in-again = Fazer login novamente
today-sync-failed = A última sincronização, em { $when }, falhou: { $reason }
today-not-synced =
    { $hours ->
        [one] Faz { $hours } hora que nada é sincronizado.
       *[other] Faz { $hours } horas que nada é sincronizado.
    }
today-no-text = (sem texto)
today-not-read = ainda não medida
today-post-views =
    { $views ->
        [one] { $views } visualização
       *[other] { $views } visualizações
    }
today-not-compared = Ainda não comparada: uma publicação é comparada depois de medida com 1 h ou mais, quando sua publicação típica já é conhecida.
today-newest = Sua publicação mais recente comparada à sua publicação típica

## Lists

# Between the items of a list ("1 h, 6 h, 24 h").
list-separator = { ", " }

## Configurações → Sincronização e Na área de trabalho

settings-syncing = Sincronização
# Followed by a choice of settings-sync-every-hours.
settings-sync-every = Enquanto o Spool estiver em execução, sincronizar cada conta
settings-sync-every-hours =
    { $hours ->
        [one] a cada hora
       *[other] a cada { $hours } h
    }
settings-history-note = O Spool guarda cada sincronização em um histórico neste computador; o próprio Threads não guarda histórico de seguidores nem do crescimento das publicações.
settings-back-up = Fazer backup dos dados…
settings-backed-up = Uma cópia do histórico foi gravada em { $path }.
settings-desktop = Na área de trabalho
settings-keep-in-tray = Ao fechar a janela, manter o Spool em execução na bandeja do sistema, sincronizando
settings-no-tray = Esta área de trabalho não mostra ícones na bandeja do sistema (no GNOME, a extensão AppIndicator os adiciona), então fechar a janela encerra o Spool: ele nunca fica em execução onde você não possa vê-lo nem encerrá-lo.
settings-start-at-login = Iniciar o Spool na bandeja do sistema quando eu fizer login neste computador
settings-notify-when = Avisar-me quando…
settings-notify-breakouts = uma publicação decolar (o dobro das visualizações da minha publicação típica com a mesma idade)
settings-notify-milestones = meus seguidores chegarem a um marco (1.000, 2.500, 5.000…)
settings-notify-logins = um login estiver a menos de uma semana de expirar, ou eu precisar fazer login novamente
settings-notify-failing-syncs = as sincronizações continuarem falhando (três seguidas)

# The sync panel before the first step of a sync is known.
sync-starting = Iniciando…
