// Factumerit.Email on Azure Functions Flex Consumption (FC1), as a custom handler.
// Deploy into an existing resource group:
//   az deployment group create -g <rg> -f infra/main.bicep -p infra/main.bicepparam
targetScope = 'resourceGroup'

@description('Short base name for every resource: lower-case letters, digits and hyphens.')
@minLength(3)
@maxLength(20)
param appName string

@description('Azure region; defaults to the resource group\'s.')
param location string = resourceGroup().location

param tags object = {}

@description('Most instances the Flex scale controller may run (40-1000).')
param maximumInstanceCount int = 100

@description('Memory per instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Routing YAML, relative to the package root.')
param routingFile string = 'config/email_routing.yaml'

@description('Resend API base; empty keeps the default in code.')
param resendBaseUrl string = ''

@description('Gmail API base; empty keeps the default in code.')
param gmailBaseUrl string = ''

@description('OAuth token endpoint; empty keeps the default in code.')
param gmailTokenUrl string = ''

@description('Key set that signs Gmail push JWTs; empty keeps the default in code.')
param gmailJwksUrl string = ''

@description('Expected audience of Gmail push JWTs (usually the push endpoint URL).')
param gmailPushAudience string = ''

@description('Service-account email that Pub/Sub pushes as.')
param gmailPushServiceAccount string = ''

@description('OAuth client id for the connected Gmail mailbox.')
param gmailClientId string = ''

@description('Wire Gmail__ClientSecret and Gmail__RefreshToken from Key Vault secrets gmail-client-secret and gmail-refresh-token.')
param enableGmail bool = false

@description('OpenAI-compatible endpoint; empty turns LLM features to their fallbacks. When set, Llm__ApiKey comes from Key Vault secret llm-api-key.')
param llmEndpoint string = ''

param llmModel string = ''
param llmDraftModel string = ''
param llmContextModel string = ''

@description('Turn the operator API on; its key comes from Key Vault secret admin-api-key.')
param enableAdminApi bool = false

@description('Public base URL of the app (https://…) for the digest\'s one-click links; when set, Digest__LinkSecret comes from Key Vault secret digest-link-secret. Empty sends digests without links.')
param digestPublicBaseUrl string = ''

@description('Queues the app uses; each also gets a -poison twin.')
param queueNames array = [
  'inbound'
  'outbound'
  'timers'
  'mailbox-sync'
  'classify'
  'draft'
  'rework'
  'lifecycle'
]

@description('Tables the app keeps its state in.')
param tableNames array = [
  'Schedules'
  'Threads'
  'Emails'
  'Dedupe'
  'Audit'
  'Leases'
]

@description('Optional object id of an operator who may set Key Vault secrets and re-drive poison queues.')
param operatorPrincipalId string = ''

@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param operatorPrincipalType string = 'User'

@description('Turn on Key Vault purge protection (irreversible).')
param enablePurgeProtection bool = false

var suffix = uniqueString(resourceGroup().id, appName)
var compactName = take(toLower(replace(appName, '-', '')), 9)
var functionAppName = '${appName}-${suffix}'

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    workspaceName: 'log-${appName}-${suffix}'
    appInsightsName: 'appi-${appName}-${suffix}'
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    storageAccountName: 'st${compactName}${suffix}'
    deploymentContainerName: 'deployment-package'
    queueNames: queueNames
    tableNames: tableNames
    tags: tags
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    location: location
    keyVaultName: 'kv${compactName}${suffix}'
    enablePurgeProtection: enablePurgeProtection
    tags: tags
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    location: location
    planName: 'plan-${appName}-${suffix}'
    functionAppName: functionAppName
    storageAccountName: storage.outputs.storageAccountName
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    appInsightsConnectionString: monitoring.outputs.connectionString
    keyVaultUri: keyVault.outputs.keyVaultUri
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    routingFile: routingFile
    resendBaseUrl: resendBaseUrl
    gmailBaseUrl: gmailBaseUrl
    gmailTokenUrl: gmailTokenUrl
    gmailJwksUrl: gmailJwksUrl
    gmailPushAudience: gmailPushAudience
    gmailPushServiceAccount: gmailPushServiceAccount
    gmailClientId: gmailClientId
    llmEndpoint: llmEndpoint
    llmModel: llmModel
    llmDraftModel: llmDraftModel
    llmContextModel: llmContextModel
    enableGmail: enableGmail
    enableAdminApi: enableAdminApi
    digestPublicBaseUrl: digestPublicBaseUrl
    tags: tags
  }
}

module rbac 'modules/rbac.bicep' = {
  name: 'rbac'
  params: {
    principalId: functionApp.outputs.principalId
    storageAccountName: storage.outputs.storageAccountName
    appInsightsName: monitoring.outputs.appInsightsName
    keyVaultName: keyVault.outputs.keyVaultName
    operatorPrincipalId: operatorPrincipalId
    operatorPrincipalType: operatorPrincipalType
  }
}

output functionAppName string = functionApp.outputs.functionAppName
output functionAppUrl string = 'https://${functionApp.outputs.defaultHostName}'
output resendWebhookUrl string = 'https://${functionApp.outputs.defaultHostName}/api/webhooks/resend'
output gmailWebhookUrl string = 'https://${functionApp.outputs.defaultHostName}/api/webhooks/gmail'
output storageAccountName string = storage.outputs.storageAccountName
output keyVaultName string = keyVault.outputs.keyVaultName
output keyVaultUri string = keyVault.outputs.keyVaultUri
