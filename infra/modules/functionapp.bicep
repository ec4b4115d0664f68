// The function app that runs Workflows.Host as an Azure Functions custom handler (host.json at the
// package root starts `dotnet Workflows.Host.dll`). Two hosting plans, chosen by `plan`:
// - FlexConsumption (default): FC1 plan, `functionAppConfig` with the package in a blob container read
//   with the managed identity, runtime dotnet-isolated 10.0 as in Microsoft's .NET custom-handler
//   sample (the platform rejects FUNCTIONS_WORKER_RUNTIME / FUNCTIONS_EXTENSION_VERSION on Flex).
// - ElasticPremium: EP1 plan, FUNCTIONS_WORKER_RUNTIME=custom, the documented home of custom handlers
//   with queue and timer triggers; the package runs from the zip (no Azure Files share, so no key).
// Every storage, Key Vault and telemetry connection authenticates with the user-assigned identity.

@description('Function app name (globally unique host name).')
param name string

@description('Hosting plan name.')
param planName string

@description('Azure region.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Hosting plan kind.')
@allowed([
  'FlexConsumption'
  'ElasticPremium'
])
param plan string

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of that identity (selects it in managed-identity token requests).')
param identityClientId string

@description('Storage account of the host and the engine.')
param storageAccountName string

@description('Blob endpoint of that account (with trailing slash).')
param blobEndpoint string

@description('Queue endpoint of that account.')
param queueEndpoint string

@description('Table endpoint of that account.')
param tableEndpoint string

@description('Blob container the Flex Consumption plan deploys from.')
param deploymentContainerName string

@description('Application Insights connection string.')
param appInsightsConnectionString string

@description('Key Vault URI (with trailing slash).')
param keyVaultUri string

@description('Name of the SendGrid API key secret.')
param sendGridApiKeySecretName string

@description('Prefix of the link signing key secrets; the key id follows it.')
param linkKeyNamePrefix string

@description('Ids of the link signing keys the app accepts; the last one signs new links.')
@minLength(1)
param linkKeyIds array

@description('Sender address of the e-mails (a verified SendGrid sender).')
param sendGridFromEmail string

@description('The address people reach the service at (a custom domain), used in e-mail links; empty = https://<default host name>.')
param publicBaseUrl string = ''

@description('The first network and its coordinators (Directory:Bootstrap), created once at the first start.')
param bootstrapNetworkId string

@description('The first network\'s name.')
param bootstrapNetworkName string

@description('The first network\'s coordinators, comma-separated e-mail addresses.')
param bootstrapCoordinators string

@description('Flex Consumption: most instances the app scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Flex Consumption: memory of one instance.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Elastic Premium: most instances the app scales out to.')
@minValue(1)
@maxValue(100)
param maximumElasticWorkerCount int = 10

var isFlex = plan == 'FlexConsumption'

var keyVaultReferencePrefix = '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/'

// Identity-based connections. "Storage" is the connection name of the queue trigger (work/function.json)
// and the section the app binds its table and queue clients to.
var connectionSettings = {
  AzureWebJobsStorage__accountName: storageAccountName
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  Storage__tableServiceUri: tableEndpoint
  Storage__queueServiceUri: queueEndpoint
  Storage__credential: 'managedidentity'
  Storage__clientId: identityClientId
  // DefaultAzureCredential / ManagedIdentityCredential in the app pick the user-assigned identity from here.
  AZURE_CLIENT_ID: identityClientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
  // Local auth is off on the component: the host sends telemetry with an Entra token of this identity.
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
}

// Secrets stay in Key Vault; the platform resolves the references with keyVaultReferenceIdentity.
var emailSettings = {
  Email__SendGrid__FromEmail: sendGridFromEmail
  Email__SendGrid__ApiKey: '${keyVaultReferencePrefix}${sendGridApiKeySecretName})'
}

var linkSettings = union(
  {
    ActionLinks__CurrentKeyId: last(linkKeyIds)
  },
  toObject(linkKeyIds, keyId => 'ActionLinks__Keys__${keyId}', keyId => '${keyVaultReferencePrefix}${linkKeyNamePrefix}${keyId})')
)

var premiumSettings = {
  FUNCTIONS_EXTENSION_VERSION: '~4'
  FUNCTIONS_WORKER_RUNTIME: 'custom'
  // Mount the deployed zip read-only instead of an Azure Files content share (which needs a shared key).
  WEBSITE_RUN_FROM_PACKAGE: '1'
}

resource hostingPlan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: isFlex ? 'functionapp' : 'elastic'
  sku: isFlex
    ? {
        name: 'FC1'
        tier: 'FlexConsumption'
      }
    : {
        name: 'EP1'
        tier: 'ElasticPremium'
      }
  properties: {
    reserved: true // Linux
    maximumElasticWorkerCount: isFlex ? null : maximumElasticWorkerCount
  }
}

resource site 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: hostingPlan.id
    reserved: true
    httpsOnly: true
    clientAffinityEnabled: false
    publicNetworkAccess: 'Enabled'
    keyVaultReferenceIdentity: identityId
    functionAppConfig: isFlex
      ? {
          deployment: {
            storage: {
              type: 'blobContainer'
              value: '${blobEndpoint}${deploymentContainerName}'
              authentication: {
                type: 'UserAssignedIdentity'
                userAssignedIdentityResourceId: identityId
              }
            }
          }
          runtime: {
            name: 'dotnet-isolated'
            version: '10.0'
          }
          scaleAndConcurrency: {
            maximumInstanceCount: maximumInstanceCount
            instanceMemoryMB: instanceMemoryMB
          }
        }
      : null
    siteConfig: {
      // Flex takes its stack from functionAppConfig.runtime; Elastic Premium needs an image with .NET 10
      // for `dotnet Workflows.Host.dll` (see infra/README.md for the self-contained fallback).
      linuxFxVersion: isFlex ? null : 'DOTNET-ISOLATED|10.0'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      healthCheckPath: isFlex ? null : '/healthz'
      minimumElasticInstanceCount: isFlex ? null : 1
      functionAppScaleLimit: isFlex ? null : maximumElasticWorkerCount
    }
  }
}

// Every link in an e-mail is built on this address, never on a request's Host header.
var siteSettings = {
  Site__BaseUrl: empty(publicBaseUrl) ? 'https://${site.properties.defaultHostName}' : publicBaseUrl
  // The directory starts with this network and its coordinators; nothing of a network is compiled in.
  Directory__Bootstrap__NetworkId: bootstrapNetworkId
  Directory__Bootstrap__NetworkName: bootstrapNetworkName
  Directory__Bootstrap__Coordinators: bootstrapCoordinators
}

resource appSettings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: site
  name: 'appsettings'
  properties: union(connectionSettings, emailSettings, linkSettings, siteSettings, isFlex ? {} : premiumSettings)
}

// No publishing passwords: deployments authenticate with Entra ID (az functionapp deploy / config-zip).
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

@description('Function app name.')
output name string = site.name

@description('Default host name, e.g. <name>.azurewebsites.net.')
output defaultHostName string = site.properties.defaultHostName
