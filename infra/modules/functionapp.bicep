// The Flex Consumption (FC1) plan and the Function App running our custom handler.
// On Flex the runtime is chosen in functionAppConfig, not by app settings, so FUNCTIONS_WORKER_RUNTIME,
// linuxFxVersion, WEBSITE_RUN_FROM_PACKAGE and alwaysOn are deliberately absent.

@description('Azure region.')
param location string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Name of the Function App; it becomes <name>.azurewebsites.net.')
param functionAppName string

@description('Storage account used for host storage, queues and tables.')
param storageAccountName string

@description('URL of the blob container that holds the deployment package.')
param deploymentContainerUrl string

@description('Application Insights connection string (not a secret: ingestion is Entra-authenticated).')
param appInsightsConnectionString string

@description('Key Vault URI, ending in a slash.')
param keyVaultUri string

@description('Most instances the scale controller may run.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory per instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

param routingFile string
param resendBaseUrl string
param gmailBaseUrl string
param gmailTokenUrl string
param gmailJwksUrl string
param gmailPushAudience string
param gmailPushServiceAccount string
param gmailClientId string
param llmEndpoint string
param llmModel string
param llmDraftModel string
param llmContextModel string

@description('Wire the Gmail client secret and refresh token from Key Vault.')
param enableGmail bool

@description('Wire Admin__ApiKey from Key Vault, which turns the operator API on.')
param enableAdminApi bool

@description('Public base URL of the app for the digest\'s one-click links; when set, Digest__LinkSecret comes from Key Vault.')
param digestPublicBaseUrl string

param tags object = {}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: functionAppName
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'custom'
        version: '1.0'
      }
    }
  }
}

// Host storage by identity: no AzureWebJobsStorage connection string, because the account has shared keys off.
var hostSettings = {
  AzureWebJobsStorage__accountName: storageAccountName
  AzureWebJobsStorage__credential: 'managedidentity'
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD'
}

// Secrets never pass through the template: these are references the platform resolves with the app's identity.
// A versionless SecretUri (trailing slash) follows the latest version of the secret.
var resendSecretSettings = {
  Resend__ApiKey: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/resend-api-key/)'
  Resend__WebhookSecret: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/resend-webhook-secret/)'
}

var gmailSecretSettings = {
  Gmail__ClientSecret: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/gmail-client-secret/)'
  Gmail__RefreshToken: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/gmail-refresh-token/)'
}

var llmSecretSettings = {
  Llm__ApiKey: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/llm-api-key/)'
}

var adminSecretSettings = {
  Admin__ApiKey: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/admin-api-key/)'
}

var digestSecretSettings = {
  Digest__LinkSecret: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/digest-link-secret/)'
}

// Plain settings are written only when they have a value, so an empty parameter leaves the default in code alone.
var plainSettingCandidates = {
  Routing__File: routingFile
  Resend__BaseUrl: resendBaseUrl
  Gmail__BaseUrl: gmailBaseUrl
  Gmail__TokenUrl: gmailTokenUrl
  Gmail__JwksUrl: gmailJwksUrl
  Gmail__PushAudience: gmailPushAudience
  Gmail__PushServiceAccount: gmailPushServiceAccount
  Gmail__ClientId: gmailClientId
  Llm__Endpoint: llmEndpoint
  Llm__Model: llmModel
  Llm__DraftModel: llmDraftModel
  Llm__ContextModel: llmContextModel
  Digest__PublicBaseUrl: digestPublicBaseUrl
}

var plainSettings = toObject(filter(items(plainSettingCandidates), s => !empty(s.value)), s => s.key, s => s.value)

var optionalSecretSettings = union(enableGmail ? gmailSecretSettings : {}, empty(llmEndpoint) ? {} : llmSecretSettings, enableAdminApi ? adminSecretSettings : {}, empty(digestPublicBaseUrl) ? {} : digestSecretSettings)

resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: union(hostSettings, resendSecretSettings, plainSettings, optionalSecretSettings)
}

output functionAppName string = site.name
output defaultHostName string = site.properties.defaultHostName
output principalId string = site.identity.principalId
