// The web app: Workflows.Host (Razor pages, /api/instances, the SendGrid webhook endpoint) on a Linux
// App Service plan. It reaches the same Durable task hub as the Function App with DurableTask.Core's
// TaskHubClient over the same storage account and identity; its in-process worker is off
// (TaskHub__RunWorker=false): the Function App runs the orchestrations.

@description('Web app name (globally unique host name).')
param name string

@description('App Service plan name.')
param planName string

@description('Azure region.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('App Service plan SKU (Linux). B1 is the smallest with Always On.')
@allowed([
  'B1'
  'B2'
  'P0v3'
  'P1v3'
])
param skuName string = 'B1'

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('App settings (both apps\' shared ones and the web app\'s own); Key Vault references for secrets.')
param appSettings object

@description('The address people reach the service at (a custom domain), used in e-mail links; empty = https://<default host name>.')
param publicBaseUrl string = ''

@description('Proxy networks (CIDR) allowed to set X-Forwarded-For/-Proto: App Service\'s front end reaches the app from the platform\'s private ranges (the app has no virtual network of its own, so nothing else can).')
param trustedProxyNetworks array = [
  '10.0.0.0/8'
  '172.16.0.0/12'
  '169.254.0.0/16'
]

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
  }
  properties: {
    reserved: true // Linux
  }
}

resource site 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    reserved: true
    httpsOnly: true
    clientAffinityEnabled: false
    publicNetworkAccess: 'Enabled'
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      healthCheckPath: '/healthz'
    }
  }
}

// Every link in an e-mail is built on this address, never on a request's Host header.
var baseUrl = empty(publicBaseUrl) ? 'https://${site.properties.defaultHostName}' : publicBaseUrl

// Forwarded headers only from the front end's networks (the per-address sign-in limit counts the real client), the
// platform's own "trust every sender" switch off; the OpenAPI document for coordinators only.
var proxySettings = union(
  {
    ASPNETCORE_FORWARDEDHEADERS_ENABLED: 'false'
    ForwardedHeaders__TrustLoopback: 'true'
    ForwardedHeaders__ForwardLimit: '1'
    Api__OpenApi: 'Coordinators'
  },
  toObject(range(0, length(trustedProxyNetworks)), i => 'ForwardedHeaders__KnownNetworks__${i}', i => trustedProxyNetworks[i])
)

resource settings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: site
  name: 'appsettings'
  properties: union(appSettings, {
    Site__BaseUrl: baseUrl
  }, proxySettings)
}

// No publishing passwords: deployments authenticate with Entra ID (az webapp deploy).
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

@description('Web app name.')
output name string = site.name

@description('Default host name, e.g. <name>.azurewebsites.net.')
output defaultHostName string = site.properties.defaultHostName

@description('The public address links point at.')
output baseUrl string = baseUrl
