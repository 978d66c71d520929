// Key Vault for the app's secrets. Access is by Azure RBAC only (no access policies); the app reads
// through Key Vault references with its system-assigned identity.

@description('Azure region.')
param location string

@description('Key Vault name: 3-24 letters, digits and hyphens, globally unique.')
@minLength(3)
@maxLength(24)
param keyVaultName string

@description('Turn on purge protection. It cannot be turned off again once on.')
param enablePurgeProtection bool = false

param tags object = {}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // The API rejects an explicit false, so the property is left out unless it is being turned on.
    enablePurgeProtection: enablePurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
  }
}

output keyVaultName string = vault.name
output keyVaultUri string = vault.properties.vaultUri
