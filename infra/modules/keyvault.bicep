// RBAC-enabled Key Vault for the service's secrets: the SendGrid API key, the action-link signing key and
// the key that encrypts the task hub's payloads. The template writes no secret value of its own: a secret is created only when its @secure()
// parameter is given; otherwise an operator sets it after deployment (infra/README.md, "Secrets").
// The apps read them through Key Vault references, so the names below are the contract.

@description('Key Vault name (3-24 characters, globally unique).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Name of the secret holding the SendGrid API key.')
param sendGridApiKeySecretName string

@description('Name of the secret holding the current action-link signing key.')
param linkSigningKeySecretName string

@description('Name of the secret holding the current task hub payload key.')
param payloadKeySecretName string

@description('SendGrid API key; empty = set it after deployment with az keyvault secret set.')
@secure()
param sendGridApiKey string = ''

@description('Action-link signing key (base64, at least 32 random bytes); empty = set it after deployment.')
@secure()
param linkSigningKey string = ''

@description('Task hub payload key (base64 of exactly 32 random bytes); empty = set it after deployment.')
@secure()
param payloadKey string = ''

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: name
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
    // A deleted or overwritten signing key would invalidate every link already e-mailed: keep it recoverable.
    enablePurgeProtection: true
    enabledForDeployment: false
    enabledForTemplateDeployment: false
    enabledForDiskEncryption: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource sendGridApiKeySecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (!empty(sendGridApiKey)) {
  parent: vault
  name: sendGridApiKeySecretName
  properties: {
    value: sendGridApiKey
    contentType: 'text/plain'
  }
}

resource linkSigningKeySecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (!empty(linkSigningKey)) {
  parent: vault
  name: linkSigningKeySecretName
  properties: {
    value: linkSigningKey
    contentType: 'text/plain'
  }
}

resource payloadKeySecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (!empty(payloadKey)) {
  parent: vault
  name: payloadKeySecretName
  properties: {
    value: payloadKey
    contentType: 'text/plain'
  }
}

@description('Key Vault name.')
output name string = vault.name

@description('Vault URI, e.g. https://<name>.vault.azure.net/.')
output vaultUri string = vault.properties.vaultUri

// Versionless secret URIs: a Key Vault reference without a version follows the latest version, so a
// rotated secret reaches the app without a template change (after a restart or within 24 hours).
@description('Versionless URI of the SendGrid API key secret (the secret may not exist yet).')
output sendGridApiKeyUri string = '${vault.properties.vaultUri}secrets/${sendGridApiKeySecretName}'

@description('Versionless URI of the link signing key secret (the secret may not exist yet).')
output linkSigningKeyUri string = '${vault.properties.vaultUri}secrets/${linkSigningKeySecretName}'
