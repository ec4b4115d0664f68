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

// App Service terminates TLS at its front end (network load balancers) and passes the request on as HTTP with
// X-Forwarded-For (the client's address appended on the right) and X-Forwarded-Proto. Microsoft's guidance for
// ASP.NET Core on App Service is to forward exactly those two headers and to add the private address ranges to
// ForwardedHeadersOptions.KnownNetworks so the middleware trusts the load balancer: 10.0.0.0/8, 172.16.0.0/12 and
// 192.168.0.0/16, "it's not possible to narrow it down further" ("Configure an ASP.NET Core app for Azure App
// Service", section "Detect HTTPS session": https://learn.microsoft.com/azure/app-service/configure-language-dotnetcore#detect-https-session).
// The doc writes them IPv4-mapped (::ffff:10.0.0.0/104); the app compares a mapped peer as IPv4, so the IPv4 form
// matches both (tested). 169.254.0.0/16 is not in that list: it is link-local, which no router forwards, so it
// admits no sender from outside the host, and it covers a link-local hop to a Linux container.
// ASPNETCORE_FORWARDEDHEADERS_ENABLED is set false here: App Service's Linux .NET images set it true
// (Azure-App-Service/dotnetcore-template#1, dotnet/aspnetcore#10273) and, per "Configure ASP.NET Core to work with
// proxy servers and load balancers" (https://learn.microsoft.com/aspnet/core/host-and-deploy/proxy-load-balancer#forward-the-scheme-for-linux-and-non-iis-reverse-proxies),
// that switch "doesn't enable features such as the KnownProxies option to restrict which IPs forwarders are accepted
// from". The app configures the middleware itself from the settings below (and keeps its own lists even with the
// switch on: tested), so the app setting only removes the ambiguity.
@description('Proxy networks (CIDR) allowed to set X-Forwarded-For/-Proto: the private ranges App Service\'s front end reaches the app from (Microsoft\'s list for App Service), plus link-local.')
param trustedProxyNetworks array = [
  '10.0.0.0/8'
  '172.16.0.0/12'
  '192.168.0.0/16'
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
// platform's own "trust every sender" switch off (see trustedProxyNetworks); the OpenAPI document for coordinators only.
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
