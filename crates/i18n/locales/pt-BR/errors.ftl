## Erros e avisos do lado nativo

## O que a janela fica sabendo quando algo não pôde ser feito

error-no-account = Conecte uma conta primeiro (Configurações → Conectar uma conta) ou experimente a demonstração.
error-needs-login = Faça login em @{ $username } novamente antes de sincronizar.
error-already-syncing = Esta conta já está sendo sincronizada.
error-removing = O Spool está removendo todos os dados; enquanto isso, nada pode ser sincronizado.
error-logging-out = Esta conta está saindo; enquanto isso, nada dela pode ser sincronizado.
error-sync-did-not-stop = Uma sincronização ou uma verificação de login não parou a tempo, então nada foi removido. Tente novamente em instantes.
error-sync-interval = Sincronize a cada 1 a 168 horas (uma semana).
error-login-port = Escolha uma porta de 1024 a 65535; portas mais baixas exigem direitos de administrador.
error-post-not-found = Essa publicação não está no histórico do Spool.
error-no-post-address = O Threads não fornece um endereço para esta publicação (ela contém material protegido por direitos autorais).
error-not-a-threads-link = O Spool só abre publicações em threads.net ou threads.com via https; o endereço desta publicação ({ $url }) não é um deles ({ $reason }), então ela não foi aberta.
error-link-not-an-address = não é um endereço da web
error-link-not-https = não é um endereço https
error-link-not-threads = não está em threads.net nem em threads.com
error-browser = Não foi possível abrir o navegador ({ $reason }); a publicação está em { $url }
error-start-at-login = O Spool não conseguiu mudar se ele abre quando você faz login no computador ({ $reason }). Tente novamente; se continuar falhando, mude isso na lista de aplicativos de inicialização do seu sistema.
error-clipboard = A área de transferência recusou a imagem ({ $reason }). Em vez disso, exporte-a como arquivo.
error-chart-image = { $reason }. Por favor, informe este erro.
error-backup = O Spool não conseguiu gravar { $path }: { $reason }
error-fault = O Spool teve uma falha ao { $doing }; seus dados não foram alterados. Tente novamente; se acontecer de novo, informe o erro enviando o log do Spool (Configurações → Sobre mostra onde ele está).

## Dias que o seletor de datas não pode pedir

error-range-before-floor = O Threads não guarda estatísticas antes de { $floor }; escolha um dia a partir dessa data.
error-range-in-future = { $day } está no futuro; escolha hoje ({ $today }) ou antes.
error-range-reversed = O período termina ({ $until }) antes de começar ({ $since }).

## Os arquivos do próprio Spool

error-storage-data-dir = O Spool não conseguiu preparar sua pasta de dados { $path }: { $reason }
error-storage-in-use = Outra cópia do Spool já está aberta com a pasta de dados { $path }. Vá para a janela dela (ou feche-a e abra o Spool novamente): duas cópias sobrescreveriam os arquivos uma da outra.
error-storage-credentials = O Spool não conseguiu ler nem gravar seu arquivo de credenciais: { $reason }
error-storage-credentials-unreadable = O Spool não conseguiu ler seu arquivo de credenciais { $path }: { $reason }. Nada foi alterado: permita que você leia o arquivo (ou repare o disco) e abra o Spool novamente.
error-storage-credentials-not-written = O Spool não conseguiu salvar seu arquivo de credenciais { $path }: { $reason }. Nada foi alterado: libere espaço ou verifique as permissões da pasta de dados e tente novamente.
error-storage-key-unavailable = O Spool não conseguiu obter a chave que protege suas credenciais ({ $holder }): { $reason }. Seus logins continuam como estavam: desbloqueie ou inicie { $holder } e abra o Spool novamente.
# Where the key that seals the credentials is kept, as $holder (here) and $store
# (Settings → About) name it; key-holder-file's $path is the key's file.
key-holder-macos-keychain = Chaves do macOS
key-holder-windows-credential-manager = Gerenciador de Credenciais do Windows
key-holder-secret-service = Secret Service (GNOME Keyring, KWallet)
key-holder-system = armazenamento de credenciais do sistema
key-holder-file = arquivo { $path }
error-storage-unknown-account = o Spool não conhece essa conta; talvez ela tenha saído

## O banco de dados do histórico

error-history-damaged = o banco de dados do histórico está danificado ({ $reason })
error-history-busy = o banco de dados do histórico está sendo usado por outro programa (outra cópia do Spool ou uma ferramenta lendo o arquivo): feche o outro Spool ou esse programa e tente novamente
error-history-read-only = O Spool não pode gravar seu histórico: o disco ou a pasta de dados é somente leitura ({ $reason }). Permita a gravação (Configurações → Sobre mostra onde ela está) e tente novamente
error-history-disk-full = o disco onde está o histórico do Spool está cheio: libere espaço em disco e tente novamente; nada foi perdido
error-history-cannot-open = O Spool não conseguiu abrir nem ler seu arquivo de histórico ({ $reason }): verifique se o Spool pode ler e gravar na sua pasta de dados (Configurações → Sobre mostra onde ela está) e tente novamente
error-history-migration = O Spool não conseguiu atualizar seu histórico (etapa { $step }: { $reason }); o arquivo não foi alterado. Por favor, informe este erro
error-history-too-new = o banco de dados do histórico foi gravado por uma versão mais nova do Spool (esquema { $found }); atualize o Spool
error-history-failed = o banco de dados do histórico falhou: { $reason }

## Fazer login

error-login-no-app = Primeiro informe o ID e a chave secreta do seu app do Threads (Configurações → Conectar uma conta).
error-login-bad-app-id = O ID do app do Threads é um número de 15 ou 16 dígitos (App settings → Basic → Threads app ID).
error-login-bad-app-secret = A chave secreta do app do Threads é uma sequência de 32 letras e dígitos (App settings → Basic → Threads app secret, depois de "Show").
error-login-denied = O login foi cancelado na janela do Threads. Faça login novamente e escolha "Permitir" para que o Spool possa ler suas estatísticas.
error-login-state-mismatch = Esse endereço é de uma tentativa de login anterior. Comece o login de novo e cole o endereço que o navegador mostra no final.
error-login-not-an-address = Isso não é o endereço em que o navegador parou nem um código de login. Copie o endereço completo da barra de endereços do navegador depois de permitir o Spool.
error-login-code-used = Este código de login já foi usado ou expirou (os códigos valem uma vez, por uma hora). Comece o login de novo.
error-login-app-refused = O Threads não aceitou o ID e a chave secreta do app juntos. Copie os dois novamente do painel do seu app (App settings → Basic, o ID e a chave secreta do app do Threads).
error-login-redirect-refused = O Threads não aceitou o endereço de redirecionamento. Cadastre exatamente o que as Configurações mostram nas configurações do Threads do seu app e faça login novamente.
error-login-refused = O Threads recusou o login: { $message }
error-login-timed-out =
    Nenhuma resposta veio do navegador em { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }; comece o login de novo.
error-login-listener = O Spool não conseguiu aguardar o login em 127.0.0.1:{ $port } ({ $reason }). Outro programa pode estar usando essa porta: escolha outra nas Configurações e cadastre o novo endereço de redirecionamento.
error-login-not-started = Nenhum login em andamento: escolha "Entrar com o Threads" primeiro.
error-login-cancelled = O login foi cancelado.
error-login-demo = Não foi possível iniciar a demonstração: { $reason }
# Meta's window showed its own error page: $code is its error code; $meaning and $fix
# say it (a login-window-…-meaning and -fix).
error-login-window-refused = A janela de login do Threads recusou o login (erro { $code }): { $meaning }. { $fix }
# A code Spool does not know: $message is Meta's own words.
error-login-window-unknown = A janela de login do Threads recusou o login (erro { $code }: { $message }). Confira o ID do app e o endereço de redirecionamento no painel de apps da Meta e comece o login de novo.

## Uma sincronização que parou

error-sync-cancelled = A sincronização foi cancelada; nada foi salvo e o histórico continua como estava.
said-as-written = { $text }
error-sync-api = A sincronização parou e não salvou nada: { $reason }
error-sync-too-many-pages = A sincronização parou e não salvou nada: o Threads listou mais de { $pages } páginas de publicações, mais do que uma sincronização lê. Tente novamente mais tarde; se acontecer de novo, informe o erro.
error-sync-too-slow = A sincronização parou e não salvou nada: ela ainda estava lendo depois de { $limit }. Verifique a conexão e tente novamente mais tarde.
error-sync-limit-seconds = { $seconds } s
error-sync-limit-minutes =
    { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }

## Exportações e arquivos salvos

error-export-range-needed = Escolha os dias para exportar ({ $what }) e exporte novamente.
error-export-nothing-stored = O Spool ainda não tem dados guardados de { $what }: sincronize e exporte novamente.
error-export-drawing = não foi possível desenhar o gráfico: { $reason }. Por favor, informe este erro; seus dados não foram alterados.
error-export-too-large = uma imagem de { $width } × { $height } pixels é grande demais; escolha uma resolução menor
error-export-encoding = O Spool não conseguiu gravar o arquivo { $format } ({ $reason }); por favor, informe este erro.
error-save-folder-missing = A pasta de “{ $file }” não existe mais. Escolha outra pasta e salve novamente.
error-save-not-writable = O Spool não pode gravar “{ $file }” ali: a pasta é somente leitura ou outro app está com o arquivo aberto. Escolha outra pasta, ou feche o arquivo no outro app, e salve novamente.
error-save-disk-full = Não há espaço suficiente para salvar “{ $file }”. Libere espaço ou escolha outra unidade e salve novamente.
error-save-other = O Spool não conseguiu salvar “{ $file }”: { $reason }. Escolha outra pasta e salve novamente.
error-save-folder-in-the-way = já existe uma pasta com esse nome

## Respostas do Threads

error-api-refused = não enviado: { $reason }
error-api-rate-limited = O Threads está limitando as solicitações (código { $code })
error-api-rate-limited-retry = O Threads está limitando as solicitações (código { $code }); tente novamente em { $seconds } s
error-api-token-expired = o login expirou ou foi revogado (código { $code }): faça login novamente
error-api-permission-missing = o login não tem a permissão { $scope } (código { $code }): faça login novamente e conceda-a
error-api-not-found = O Threads não encontrou esse objeto, ou este login não tem acesso a ele (código 100, subcódigo 33): { $message }
error-api-invalid-subcode = O Threads recusou a solicitação (código 100, subcódigo { $subcode }): { $message }
error-api-invalid = O Threads recusou a solicitação (código 100): { $message }
error-api-login-refused = O Threads recusou { $step }: { $message }
error-api-step-code-exchange = a conclusão do login
error-api-step-long-lived-exchange = a obtenção de um login de longa duração
error-api-step-refresh = a renovação do login
error-api-step-profile = a leitura do perfil
error-api-step-posts = a listagem das publicações
error-api-step-post-insights = a leitura das estatísticas de uma publicação
error-api-step-account-insights = a leitura das estatísticas da conta
error-api-transient = O Threads teve uma falha passageira ({ $detail }); tente novamente daqui a pouco
error-api-other = O Threads respondeu com o erro { $code }: { $message }
error-api-network = Não foi possível acessar o Threads: { $reason }
error-api-timeout = O Threads não respondeu a tempo
error-api-unexpected = O Threads enviou uma resposta inesperada (HTTP { $status }): { $detail }

## Avisos que não respondem a nenhum comando

native-history-unopened = O Spool não conseguiu abrir seu histórico e deixou o arquivo como estava: { $reason }. Enquanto isso, suas contas e configurações funcionam, e o histórico abre sozinho quando a causa for resolvida.
# Told once the window is up, about a file opened at start ($path: where the old file was kept).
native-credentials-restored = O arquivo de credenciais do Spool estava danificado, então o Spool restaurou seus logins da cópia de backup e guardou o arquivo danificado em { $path }.
native-credentials-damaged = O arquivo de credenciais do Spool estava danificado, então o Spool iniciou sem ele e guardou uma cópia em { $path }. Faça login nas suas contas novamente; seu histórico não foi afetado.
# $holder: where the key was kept ("the macOS Keychain", "the file …/credentials.key").
native-credentials-key-gone = O Spool não conseguiu descriptografar suas credenciais: a chave que as criptografou não está mais disponível ({ $holder }). O Spool guardou o arquivo criptografado em { $path } e iniciou sem ele. Faça login nas suas contas novamente; seu histórico não foi afetado.
native-history-set-aside = Não foi possível ler o histórico do Spool, então o Spool começou um novo e guardou o arquivo antigo em { $path }. Sincronizar de novo reconstrói o que o Threads ainda tem.
native-background-fault = O Spool teve uma falha em segundo plano ao { $doing } e continuou funcionando; seus dados não foram alterados, e a próxima rodada tenta de novo. Se este aviso voltar, informe o erro enviando o log do Spool (Configurações → Sobre mostra onde ele está).

## A caixa de diálogo de salvar: os tipos de arquivo oferecidos

dialog-filter-png = Imagem PNG
dialog-filter-svg = Imagem SVG
dialog-filter-csv = CSV (planilhas)
dialog-filter-json = JSON
dialog-filter-sqlite = Banco de dados SQLite

## O menu do aplicativo no macOS

menu-about = Sobre o Spool
menu-settings = Ajustes…
menu-services = Serviços
menu-hide = Ocultar Spool
menu-hide-others = Ocultar Outros
menu-show-all = Mostrar Tudo
menu-quit = Encerrar Spool
menu-edit = Editar
menu-undo = Desfazer
menu-redo = Refazer
menu-cut = Recortar
menu-copy = Copiar
menu-paste = Colar
menu-select-all = Selecionar Tudo
menu-view = Visualizar
menu-full-screen = Ativar/Desativar Tela Cheia
menu-window = Janela
menu-minimize = Minimizar
menu-zoom = Zoom
menu-close-window = Fechar Janela

## O que o Spool estava fazendo quando teve uma falha (depois de “ao” em error-fault e native-background-fault)

error-doing-backing-up = fazer o backup do histórico
error-doing-checking-logins = verificar os logins
error-doing-copying-chart = copiar o gráfico
error-doing-deciding-notifications = decidir o que notificar
error-doing-drawing-chart = desenhar o gráfico
error-doing-emptying-history = esvaziar o histórico
error-doing-exporting-chart = exportar o gráfico
error-doing-exporting-data = exportar os dados
error-doing-logging-in = fazer login
error-doing-logging-in-with-token = fazer login com o token
error-doing-logging-out = sair da conta
error-doing-opening-demo = abrir a demonstração
error-doing-opening-history = abrir o histórico
error-doing-opening-post = abrir a publicação
error-doing-reading-accounts = ler as contas
error-doing-reading-audience = ler o público
error-doing-reading-best-times = ler os melhores horários
error-doing-reading-best-times-to-post = ler os melhores horários para publicar
error-doing-reading-content-insights = ler as estatísticas do conteúdo
error-doing-reading-last-sync = ler a última sincronização
error-doing-reading-link-clicks = ler os cliques nos links
error-doing-reading-login-settings = ler as configurações de login
error-doing-reading-overview = ler a visão geral
error-doing-reading-pasted-address = ler o endereço colado
error-doing-reading-post = ler a publicação
error-doing-reading-posts = ler as publicações
error-doing-reading-preferences = ler as preferências
error-doing-reading-today = ler “Hoje”
error-doing-reading-todays-numbers = ler os números de hoje
error-doing-reading-what-works = ler “O que funciona”
error-doing-reading-young-posts = ler as publicações recentes
error-doing-recording-failed-sync = registrar uma sincronização que falhou
error-doing-removing-all-data = remover todos os dados
error-doing-running-scheduled-syncs = executar as sincronizações agendadas
error-doing-saving-file = salvar o arquivo
error-doing-saving-login-port = salvar a porta de login
error-doing-saving-preferences = salvar as preferências
error-doing-saving-meta-app = salvar seu app da Meta
error-doing-starting-login = iniciar o login
error-doing-stopping-sync = parar a sincronização
error-doing-switching-accounts = trocar de conta
error-doing-syncing = sincronizar

## Reports

error-unknown-account = O Spool não tem a conta @{ $username }: conecte-a primeiro no Spool ou indique uma que ele tenha (demo para a conta de demonstração).
error-report-folder = O Spool não consegue gravar relatórios em { $path }: { $reason }. Escolha uma pasta que exista.
error-report-sync-failed = A sincronização falhou, então nenhum relatório foi gravado: { $reason }
error-report-sync-stopped = A sincronização foi interrompida, então nenhum relatório foi gravado.
error-doing-drawing-report = desenhar o relatório
error-doing-writing-report = gravar o relatório
error-doing-writing-scheduled-report = gravar o relatório agendado
error-doing-reading-report-schedule = ler o agendamento de relatórios
error-doing-saving-report-schedule = salvar o agendamento de relatórios
error-doing-choosing-folder = escolher uma pasta
