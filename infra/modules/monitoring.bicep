// Log Analytics workspace and a workspace-based Application Insights component. Local (instrumentation
// key) authentication is disabled: telemetry is accepted only with an Entra token, so the connection
// string alone is not a credential. The app's identity gets Monitoring Metrics Publisher (roles.bicep).

@description('Log Analytics workspace name.')
param workspaceName string

@description('Application Insights component name.')
param appInsightsName string

@description('Azure region.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Days the workspace keeps logs.')
@minValue(30)
@maxValue(730)
param retentionInDays int = 30

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
    features: {
      enableLogAccessUsingOnlyResourcePermissions: true
    }
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
    DisableLocalAuth: true
    publicNetworkAccessForIngestion: 'Enabled'
    publicNetworkAccessForQuery: 'Enabled'
  }
}

@description('Application Insights component name.')
output appInsightsName string = appInsights.name

@description('Application Insights connection string (not a credential: local auth is disabled).')
output connectionString string = appInsights.properties.ConnectionString

@description('Log Analytics workspace resource id.')
output workspaceId string = workspace.id
