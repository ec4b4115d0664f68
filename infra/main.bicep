// Innovation-desk workflow service: one Azure Functions app running Workflows.Host as a custom handler,
// its storage (tables + queues), Key Vault, Log Analytics and Application Insights, and the role
// assignments of the app's managed identity. Deploy into an existing resource group:
//   az deployment group create -g <rg> -f infra/main.bicep -p environmentName=prod sendGridFromEmail=...
// (infra/README.md has the whole procedure: secrets, package, deployment.)
targetScope = 'resourceGroup'

metadata description = 'Innovation-desk workflow service (Azure Functions custom handler) and its dependencies.'

@description('Short name of the environment (lower-case letters, digits, hyphens), e.g. "prod" or "test". Part of every resource name.')
@minLength(2)
@maxLength(16)
param environmentName string

@description('Azure region of every resource; defaults to the resource group\'s.')
param location string = resourceGroup().location

@description('Hosting plan: Flex Consumption (default) or Elastic Premium (the proven custom-handler plan).')
@allowed([
  'FlexConsumption'
  'ElasticPremium'
])
param plan string = 'FlexConsumption'

@description('Sender address of the service\'s e-mails; must be a verified sender in SendGrid.')
param sendGridFromEmail string

@description('Optional: the address people reach the service at (a custom domain, https://...), used in e-mail links; empty = the app\'s default host name.')
param publicBaseUrl string = ''

@description('The first network of the deployment, created once at the first start (lower-case letters, digits, dashes), e.g. anci-piemonte; its coordinators then add desks, partners and people from the dashboard.')
param bootstrapNetworkId string

@description('The first network\'s name, as the pages and e-mails show it.')
param bootstrapNetworkName string

@description('The first network\'s coordinators: one or more e-mail addresses, separated by commas.')
param bootstrapCoordinators string

@description('Tags added to every resource.')
param tags object = {}

@description('Ids of the action-link signing keys the app accepts; the last signs new links. Add an id to rotate, drop the oldest once its links have expired.')
@minLength(1)
param linkKeyIds array = [
  'k1'
]

@description('Object id of the user or group who sets the Key Vault secrets (gets Key Vault Secrets Officer); empty = none.')
param keyVaultOperatorPrincipalId string = ''

@description('Kind of principal in keyVaultOperatorPrincipalId.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param keyVaultOperatorPrincipalType string = 'User'

@description('Optional: the SendGrid API key, stored as a Key Vault secret. Leave empty and set it after deployment.')
@secure()
param sendGridApiKey string = ''

@description('Optional: the signing key of the newest id in linkKeyIds (base64 of 32+ random bytes). Leave empty and set it after deployment.')
@secure()
param linkSigningKey string = ''

var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName))
var allTags = union(tags, {
  service: 'innovation-desk-workflows'
  environment: environmentName
})

var names = {
  identity: 'id-desk-${environmentName}-${resourceToken}'
  storage: 'stdesk${resourceToken}' // 19 characters, letters and digits only
  keyVault: 'kvdesk${resourceToken}' // 19 characters: Key Vault names stop at 24
  workspace: 'log-desk-${environmentName}-${resourceToken}'
  appInsights: 'appi-desk-${environmentName}-${resourceToken}'
  plan: 'plan-desk-${environmentName}-${resourceToken}'
  functionApp: 'func-desk-${environmentName}-${resourceToken}'
}

// The secret names are the contract between Key Vault and the app settings' Key Vault references.
var secretNames = {
  sendGridApiKey: 'sendgrid-api-key'
  linkKeyPrefix: 'link-signing-key-'
}

// A user-assigned identity exists before the app, so its roles are in place when the app first starts
// and when the Flex Consumption plan first reads the deployment container.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: names.identity
  location: location
  tags: allTags
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: names.storage
    location: location
    tags: allTags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: names.workspace
    appInsightsName: names.appInsights
    location: location
    tags: allTags
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: names.keyVault
    location: location
    tags: allTags
    sendGridApiKeySecretName: secretNames.sendGridApiKey
    linkSigningKeySecretName: '${secretNames.linkKeyPrefix}${last(linkKeyIds)}'
    sendGridApiKey: sendGridApiKey
    linkSigningKey: linkSigningKey
  }
}

module roles 'modules/roles.bicep' = {
  name: 'roles'
  params: {
    // Names known before deployment (not module outputs), so what-if can predict the assignments.
    appIdentityName: names.identity
    storageAccountName: names.storage
    keyVaultName: names.keyVault
    appInsightsName: names.appInsights
    keyVaultOperatorPrincipalId: keyVaultOperatorPrincipalId
    keyVaultOperatorPrincipalType: keyVaultOperatorPrincipalType
  }
  dependsOn: [
    identity
    storage
    keyVault
    monitoring
  ]
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    name: names.functionApp
    planName: names.plan
    location: location
    tags: allTags
    plan: plan
    identityId: identity.id
    identityClientId: identity.properties.clientId
    storageAccountName: storage.outputs.name
    blobEndpoint: storage.outputs.blobEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerName: storage.outputs.deploymentContainerName
    appInsightsConnectionString: monitoring.outputs.connectionString
    keyVaultUri: keyVault.outputs.vaultUri
    sendGridApiKeySecretName: secretNames.sendGridApiKey
    linkKeyNamePrefix: secretNames.linkKeyPrefix
    linkKeyIds: linkKeyIds
    sendGridFromEmail: sendGridFromEmail
    publicBaseUrl: publicBaseUrl
    bootstrapNetworkId: bootstrapNetworkId
    bootstrapNetworkName: bootstrapNetworkName
    bootstrapCoordinators: bootstrapCoordinators
  }
  // The app must not start (nor Flex fetch its package) before its identity may read storage and secrets.
  dependsOn: [
    roles
  ]
}

@description('Public URL of the service.')
output appUrl string = empty(publicBaseUrl) ? 'https://${functionApp.outputs.defaultHostName}' : publicBaseUrl

@description('Function app name (for az functionapp deploy / config-zip).')
output functionAppName string = functionApp.outputs.name

@description('Storage account name.')
output storageAccountName string = storage.outputs.name

@description('Key Vault name (for az keyvault secret set).')
output keyVaultName string = keyVault.outputs.name

@description('Name of the Key Vault secret holding the SendGrid API key.')
output sendGridApiKeySecretName string = secretNames.sendGridApiKey

@description('Name of the Key Vault secret holding the newest link signing key.')
output linkSigningKeySecretName string = '${secretNames.linkKeyPrefix}${last(linkKeyIds)}'
