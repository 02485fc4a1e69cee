## The window's frame: palette, shortcuts, banners, Settings' accounts and About

## A paleta de comandos (Ctrl+K)

palette-label = Paleta de comandos
palette-placeholder = Ir para uma tela, uma publicação, um período…
# The list of what the palette offers, as screen readers name it.
palette-commands = Comandos
palette-empty = Nada encontrado. Tente o nome de uma tela ou palavras de uma publicação.
# $screen is a screen's name (screen-today…).
palette-go-to = Ir para { $screen }
# $range is a range's name ("30 days").
palette-range = Período: { $range }
# $account is a handle (@name).
palette-show-account = Mostrar { $account }
palette-export-chart = Exportar este gráfico…
# $excerpt is the start of a post's text.
palette-post = Publicação: { $excerpt }

## A lista de atalhos de teclado (?)

shortcuts-title = Atalhos de teclado
shortcuts-screens = Ir para uma tela, na ordem da barra lateral
shortcuts-palette = Paleta de comandos: telas, publicações, períodos, sincronização, exportação
shortcuts-sync = Sincronizar a conta mostrada
shortcuts-close-window = Fechar a janela (o Spool continua na bandeja do sistema, se houver uma)
shortcuts-chart = Ler os valores de um gráfico, quando ele estiver em foco
shortcuts-this-list = Esta lista
shortcuts-close-dialogs = Fechar a paleta ou esta lista
shortcuts-close = Fechar

## A moldura da janela: a barra lateral

# $version is Spool's version ("0.1.0").
app-version = Spool { $version }
# The sidebar, as screen readers name it.
app-screens = Telas
app-show-account = Mostrar conta
# The badge of the demo account.
app-demo-badge = DEMO
# An account in the sidebar's switcher: $account is its handle (@name).
app-account-demo = { $account } (DEMO)
# The window could not reach Spool's native side: $detail says what failed, in technical words.
app-ipc-failed = A janela do Spool não conseguiu se comunicar com o app: { $detail }. Reinicie o Spool; se isso continuar acontecendo, informe o problema.
# $detail when nothing says what failed.
app-ipc-unknown = uma falha desconhecida

## Avisos acima da tela

# $account is a handle (@name), drawn in bold.
banner-needs-login = O Threads não aceita mais o login de { $account }. Faça login novamente para manter os insights em dia; o que o Spool guardou continua guardado.
banner-log-in-again = Fazer login novamente
banner-dismiss = Dispensar
# Folds what Meta's support would ask for about an error.
banner-details = Detalhes

## Configurações → Contas

settings-accounts = Contas
settings-no-account = Nenhuma conta ainda: experimente a demonstração ou conecte a sua abaixo.
settings-needs-login = Precisa fazer login novamente
# $date is a date.
settings-login-valid-until = Login válido até { $date }
settings-show-account = Mostrar
settings-shown = Mostrada
settings-log-out = Sair
# $account is a handle (@name).
settings-logged-out = Você saiu de { $account }: o Spool apagou todas as cópias do login dessa conta deste computador. Para remover também o acesso do Spool no Threads, abra o Threads: Configurações → Conta → Permissões de sites.

## Configurações → Conectar uma conta

settings-connect = Conectar uma conta
settings-demo-note = Ainda não tem um app da Meta? A conta de demonstração mostra o Spool com 18 meses de insights simulados; ela não precisa de login.
settings-try-demo = Experimentar a demonstração
settings-demo-starting = Iniciando a demonstração…
settings-own-account = Sua própria conta do Threads
settings-own-account-note = A Meta só permite que um app leia os insights das pessoas que ele lista como testadoras, então o Spool faz login por meio de um app da Meta seu. A configuração leva uns cinco minutos, uma única vez.
# Names in Meta's developer dashboard, drawn in bold in the steps below.
settings-meta-use-case = Access the Threads API
settings-meta-roles = Roles → Roles
settings-meta-tester = Threads Tester
settings-meta-use-case-settings = Use cases → Customize → Settings
settings-meta-basic = App settings → Basic
settings-meta-app-id = Threads app ID
settings-meta-app-secret = Threads app secret
# $usecase is settings-meta-use-case.
settings-step-create-app = Em developers.facebook.com, crie um app e escolha o caso de uso { $usecase }.
# $roles is settings-meta-roles, $tester settings-meta-tester. The path at the end is Threads' own menus.
settings-step-tester = Em { $roles } do app, adicione você mesmo como { $tester } e depois aceite o convite no Threads (Configurações → Conta → Permissões de sites → Convites).
# $place is settings-meta-use-case-settings.
settings-step-redirect = Em { $place }, adicione exatamente esta URL de callback de redirecionamento:
settings-login-port = O Spool recebe o login nesta porta do seu computador
settings-change-port = Mudar porta
settings-port-invalid = Uma porta é um número inteiro de 1024 a 65535.
# $place is settings-meta-basic, $id settings-meta-app-id, $secret settings-meta-app-secret.
settings-step-app-id = Em { $place }, copie o { $id } e a { $secret } (não o ID do app do Facebook) para cá:
settings-app-id = ID do app do Threads
settings-app-secret = Chave secreta do app do Threads
settings-app-secret-saved = salva (digite de novo para substituir)
settings-save-app = Salvar
settings-log-in = Entrar com o Threads
settings-save-app-first = Salve primeiro o ID e a chave secreta do app.
settings-login-browser-opened = Seu navegador abriu o login do Threads. Permita o acesso do Spool lá; esta página continua sozinha.
settings-login-open-address = Abra este endereço no seu navegador e permita o acesso do Spool; esta página continua sozinha:
settings-login-certificate = O navegador avisa uma vez que a conexão com 127.0.0.1 não é particular: o próprio Spool criou esse certificado para receber o login no seu computador. Escolha Avançado → Ir para.
settings-login-paste-address = Ou cole o endereço em que o navegador parou
settings-login-continue = Continuar
settings-login-cancel = Cancelar
settings-login-errors = Se o Threads mostrar um erro
# $address is the redirect address, drawn as code.
settings-login-errors-note = O endereço de redirecionamento a registrar é { $address }. Colar abaixo o endereço da página de erro do Threads mostra qual destes erros é.
# One row of that list: $code is Meta's error code (drawn in bold); $meaning and $fix are
# the row's login-window-…-meaning and login-window-…-fix.
settings-login-window-error = { $code }: { $meaning }. { $fix }
settings-token-label = Ou cole um token de longa duração do User Token Generator do app
settings-token-log-in = Entrar com token
settings-copy = Copiar
settings-copied = Copiado

## O que significam os erros da janela de login do Threads e o que mudar, por código de erro da Meta

login-window-1349168-meaning = o endereço de redirecionamento que o Spool enviou não está cadastrado no app
login-window-1349168-fix = No painel de apps da Meta, abra Use cases → Access the Threads API → Settings e adicione em “Redirect Callback URLs” o endereço de redirecionamento que as Configurações do Spool mostram, exatamente como aparece (https, 127.0.0.1, a mesma porta e o mesmo caminho); salve e faça login novamente.
login-window-1349026-meaning = o ID do app não é um ID de app do Threads: geralmente foi informado o ID do app do Facebook
login-window-1349026-fix = No painel de apps da Meta, abra App settings → Basic e copie o “Threads app ID” e o “Threads app secret” (não o App ID no topo da página) para as Configurações do Spool; depois, faça login novamente.
login-window-4476002-meaning = nenhum ID de app utilizável chegou à janela: foi informado o ID do app do Facebook, ou o endereço perdeu seus parâmetros em um redirecionamento de threads.net para threads.com
login-window-4476002-fix = Confira se as Configurações do Spool têm o “Threads app ID” de App settings → Basic (não o Facebook App ID) e depois comece o login de novo pelo Spool, que abre www.threads.com diretamente.
login-window-1349245-meaning = a conta do Threads ainda não aceitou o convite para testar o app
login-window-1349245-fix = No painel de apps da Meta, adicione a conta em App roles → Roles → Threads Testers; depois, no Threads, abra Configurações → Conta → Permissões de sites → Convites e aceite o convite. Faça login novamente com essa conta.
login-window-1349187-meaning = o endereço de redirecionamento não é https
login-window-1349187-fix = Cadastre e use um endereço de redirecionamento https: o do próprio Spool é o endereço https://127.0.0.1 que as Configurações dele mostram. http simples e esquemas personalizados são recusados.
login-window-1-meaning = a Meta não conseguiu ler a solicitação: um ID de app que não é um número, parâmetros perdidos no caminho ou uma falha passageira
login-window-1-fix = Confira se o ID do app do Threads nas Configurações do Spool é o número de App settings → Basic, sem espaços, e depois comece o login de novo pelo Spool. Se o problema continuar, tente de novo em alguns minutos.

## Configurações → Seus dados

settings-your-data = Seus dados
settings-data-note = O Spool guarda seus logins, a chave secreta do seu app da Meta, suas configurações e o histórico de cada sincronização na pasta de dados dele neste computador, e em nenhum outro lugar.
settings-remove-all = Remover todos os dados…
settings-remove-question = Remover todos os logins, as configurações e todo o histórico deste computador?
settings-remove-warning = O Threads mantém suas publicações; o que só o Spool guarda (seguidores ao longo do tempo, o crescimento de cada publicação) não pode ser recuperado. Faça um backup antes, se achar que pode precisar.
settings-remove-confirm = Remover tudo
settings-remove-cancel = Manter meus dados
settings-removed = Todos os logins, as configurações e o histórico foram removidos.

## Configurações → Sobre

settings-about = Sobre
settings-loading = Carregando…
settings-about-version = Versão
settings-about-data-folder = Pasta de dados
settings-about-log-folder = Pasta de logs
settings-about-system = Sistema
settings-about-logins = Logins
# $store is the system's credential store ("the macOS Keychain").
settings-secrets-system-store = Criptografados no disco; a chave fica guardada no sistema: { $store }.
# $path is a file's path.
settings-secrets-key-file = Criptografados no disco, mas nenhum repositório de credenciais do sistema respondeu, então a chave fica em { $path }, que só você pode ler: qualquer pessoa que consiga ler seus arquivos consegue ler seus logins.
settings-secrets-memory = Guardados só na memória.
