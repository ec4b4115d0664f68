// Role assignments for the function app's user-assigned identity (and, optionally, for the operator who
// sets the Key Vault secrets). Built-in role definition ids are the same in every Azure tenant.
//
// Not assigned, on purpose:
// - Storage Queue Data Message Processor (8a0f0c08-91a1-4084-bc3d-661d67233fed): peek/receive/delete only.
//   The app also sends (timers, outbox) and the host creates and writes "work-poison", so Queue Data
//   Contributor is needed and already contains every right of Message Processor.
// - Storage Blob Data Contributor: Blob Data Owner below is its superset, needed by the host
//   (timer monitor and singleton locks) and by the Flex Consumption deployment container.

@description('Name of the app\'s user-assigned managed identity.')
param appIdentityName string

@description('Storage account the app and the Functions host use.')
param storageAccountName string

@description('Key Vault holding the SendGrid and link-signing secrets.')
param keyVaultName string

@description('Application Insights component the app publishes telemetry to.')
param appInsightsName string

@description('Object id of a user or group allowed to write the Key Vault secrets; empty = nobody.')
param keyVaultOperatorPrincipalId string = ''

@description('Kind of principal in keyVaultOperatorPrincipalId.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param keyVaultOperatorPrincipalType string = 'User'

var roleIds = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  keyVaultSecretsOfficer: 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

var storageRoleIds = [
  roleIds.storageBlobDataOwner
  roleIds.storageQueueDataContributor
  roleIds.storageTableDataContributor
]

resource appIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: appIdentityName
}

var appPrincipalId = appIdentity.properties.principalId

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' existing = {
  name: keyVaultName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource storageRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in storageRoleIds: {
    name: guid(storage.id, appIdentity.id, roleId)
    scope: storage
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
      principalId: appPrincipalId
      // A fresh identity may not have replicated yet; the type lets ARM skip the directory look-up.
      principalType: 'ServicePrincipal'
    }
  }
]

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, appIdentity.id, roleIds.keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.keyVaultSecretsUser)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, appIdentity.id, roleIds.monitoringMetricsPublisher)
  scope: appInsights
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      roleIds.monitoringMetricsPublisher
    )
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource keyVaultOperator 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(keyVaultOperatorPrincipalId)) {
  name: guid(vault.id, keyVaultOperatorPrincipalId, roleIds.keyVaultSecretsOfficer)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.keyVaultSecretsOfficer)
    principalId: keyVaultOperatorPrincipalId
    principalType: keyVaultOperatorPrincipalType
  }
}
