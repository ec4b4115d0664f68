// Innovation-desk workflow service: the Function App (Flex Consumption, isolated .NET worker) running the
// workflows' Durable orchestrations and activities, the web app (App Service, Linux) serving the pages and
// the API as a Durable client of the same task hub, their storage (the task hub and the dashboard's tables),
// Key Vault, Log Analytics and Application Insights, and the roles of the one managed identity both run as.
// Deploy into an existing resource group:
//   az deployment group create -g <rg> -f infra/main.bicep -p environmentName=prod sendGridFromEmail=...
// (infra/README.md has the whole procedure: secrets, package, deployment.)
targetScope = 'resourceGroup'

metadata description = 'Innovation-desk workflow service (Durable Functions worker + App Service web app) and its dependencies.'

@description('Short name of the environment (lower-case letters, digits, hyphens), e.g. "prod" or "test". Part of every resource name.')
@minLength(2)
@maxLength(16)
param environmentName string

@description('Azure region of every resource; defaults to the resource group\'s.')
param location string = resourceGroup().location

@description('Durable task hub name (letters and digits, 3-45): the Function App\'s worker and the web app\'s client must use the same.')
@minLength(3)
@maxLength(45)
param taskHubName string = 'deskworkflows'

@description('Control-queue partitions of the task hub (1-16): the client routes to control queues by partition, so both apps get the same value.')
@minValue(1)
@maxValue(16)
param taskHubPartitionCount int = 4

@description('App Service plan SKU of the web app (Linux).')
@allowed([
  'B1'
  'B2'
  'P0v3'
  'P1v3'
])
param webAppSku string = 'B1'

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

@description('Ids of the keys that encrypt the task hub\'s payloads (personal data in queue messages and history); the last encrypts, all decrypt. Add an id to rotate, drop the oldest once no instance written with it is left.')
@minLength(1)
param taskHubPayloadKeyIds array = [
  'h1'
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

@description('Optional: the task hub payload key of the newest id in taskHubPayloadKeyIds (base64 of exactly 32 random bytes). Leave empty and set it after deployment.')
@secure()
param taskHubPayloadKey string = ''

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
  webPlan: 'asp-desk-${environmentName}-${resourceToken}'
  webApp: 'app-desk-${environmentName}-${resourceToken}'
}

// The secret names are the contract between Key Vault and the app settings' Key Vault references.
var secretNames = {
  sendGridApiKey: 'sendgrid-api-key'
  linkKeyPrefix: 'link-signing-key-'
  payloadKeyPrefix: 'taskhub-payload-key-'
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
    payloadKeySecretName: '${secretNames.payloadKeyPrefix}${last(taskHubPayloadKeyIds)}'
    sendGridApiKey: sendGridApiKey
    linkSigningKey: linkSigningKey
    payloadKey: taskHubPayloadKey
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

var keyVaultReferencePrefix = '@Microsoft.KeyVault(SecretUri=${keyVault.outputs.vaultUri}secrets/'

// The settings both apps share, set once so the worker and the client cannot drift apart: the task hub
// (host.json reads %TaskHub__Name%), the dashboard's tables through the identity, telemetry, e-mail and
// the link keys (the Function App signs links in the e-mails it sends, the web app verifies them) and the
// task hub's payload keys (what one app writes to the hub, the other reads).
var sharedSettings = union(
  {
    Storage__blobServiceUri: storage.outputs.blobEndpoint
    Storage__queueServiceUri: storage.outputs.queueEndpoint
    Storage__tableServiceUri: storage.outputs.tableEndpoint
    Storage__clientId: identity.properties.clientId
    // DefaultAzureCredential / ManagedIdentityCredential pick the user-assigned identity from here.
    AZURE_CLIENT_ID: identity.properties.clientId
    TaskHub__Name: taskHubName
    TaskHub__PartitionCount: string(taskHubPartitionCount)
    APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
    // Local auth is off on the component: telemetry is sent with an Entra token of the identity.
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.properties.clientId};Authorization=AAD'
    // Secrets stay in Key Vault; the platform resolves the references with keyVaultReferenceIdentity.
    Email__SendGrid__FromEmail: sendGridFromEmail
    Email__SendGrid__ApiKey: '${keyVaultReferencePrefix}${secretNames.sendGridApiKey})'
    ActionLinks__CurrentKeyId: last(linkKeyIds)
    TaskHub__PayloadKeys__CurrentKeyId: last(taskHubPayloadKeyIds)
  },
  toObject(
    linkKeyIds,
    keyId => 'ActionLinks__Keys__${keyId}',
    keyId => '${keyVaultReferencePrefix}${secretNames.linkKeyPrefix}${keyId})'
  ),
  toObject(
    taskHubPayloadKeyIds,
    keyId => 'TaskHub__PayloadKeys__Keys__${keyId}',
    keyId => '${keyVaultReferencePrefix}${secretNames.payloadKeyPrefix}${keyId})'
  )
)

module webApp 'modules/webapp.bicep' = {
  name: 'webapp'
  params: {
    name: names.webApp
    planName: names.webPlan
    location: location
    tags: allTags
    skuName: webAppSku
    identityId: identity.id
    publicBaseUrl: publicBaseUrl
    appSettings: union(sharedSettings, {
      // The Function App runs the orchestrations; the web app only talks to the hub.
      TaskHub__RunWorker: 'false'
      // The directory starts with this network and its coordinators; nothing of a network is compiled in.
      Directory__Bootstrap__NetworkId: bootstrapNetworkId
      Directory__Bootstrap__NetworkName: bootstrapNetworkName
      Directory__Bootstrap__Coordinators: bootstrapCoordinators
    })
  }
  dependsOn: [
    roles
  ]
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    name: names.functionApp
    planName: names.plan
    location: location
    tags: allTags
    identityId: identity.id
    blobEndpoint: storage.outputs.blobEndpoint
    deploymentContainerName: storage.outputs.deploymentContainerName
    appSettings: union(sharedSettings, {
      // The task hub's identity-based connection (host.json: storageProvider.connectionName).
      AzureWebJobsStorage__blobServiceUri: storage.outputs.blobEndpoint
      AzureWebJobsStorage__queueServiceUri: storage.outputs.queueEndpoint
      AzureWebJobsStorage__tableServiceUri: storage.outputs.tableEndpoint
      AzureWebJobsStorage__credential: 'managedidentity'
      AzureWebJobsStorage__clientId: identity.properties.clientId
      // host.json holds a partition count too; this override keeps taskHubPartitionCount the one source.
      AzureFunctionsJobHost__extensions__durableTask__storageProvider__partitionCount: string(taskHubPartitionCount)
      // Links in e-mails point at the web app.
      Site__BaseUrl: webApp.outputs.baseUrl
    })
  }
  // The app must not start (nor Flex fetch its package) before its identity may read storage and secrets.
  dependsOn: [
    roles
  ]
}

@description('Public URL of the service (the web app).')
output appUrl string = webApp.outputs.baseUrl

@description('Function app name (for az functionapp deploy).')
output functionAppName string = functionApp.outputs.name

@description('Web app name (for az webapp deploy).')
output webAppName string = webApp.outputs.name

@description('Durable task hub name both apps use.')
output taskHubName string = taskHubName

@description('Storage account name.')
output storageAccountName string = storage.outputs.name

@description('Key Vault name (for az keyvault secret set).')
output keyVaultName string = keyVault.outputs.name

@description('Name of the Key Vault secret holding the SendGrid API key.')
output sendGridApiKeySecretName string = secretNames.sendGridApiKey

@description('Name of the Key Vault secret holding the newest link signing key.')
output linkSigningKeySecretName string = '${secretNames.linkKeyPrefix}${last(linkKeyIds)}'

@description('Name of the Key Vault secret holding the newest task hub payload key.')
output taskHubPayloadKeySecretName string = '${secretNames.payloadKeyPrefix}${last(taskHubPayloadKeyIds)}'
