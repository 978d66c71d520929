using 'main.bicep'

// Every parameter without a default in main.bicep must be set here; the rest are shown with their defaults.
param appName = 'factumerit'

param maximumInstanceCount = 100
param instanceMemoryMB = 2048
param routingFile = 'config/email_routing.yaml'

// Gmail assistant: fill these in and set enableGmail once the mailbox is connected.
param enableGmail = false
param gmailPushAudience = ''
param gmailPushServiceAccount = ''
param gmailClientId = ''

// LLM: an OpenAI-compatible endpoint, for example https://<resource>.openai.azure.com/openai/v1/
param llmEndpoint = ''
param llmModel = ''

param enableAdminApi = false

// Digest one-click links: the app's public URL; also store a random secret of 32+ characters as digest-link-secret.
param digestPublicBaseUrl = ''
param operatorPrincipalId = ''
