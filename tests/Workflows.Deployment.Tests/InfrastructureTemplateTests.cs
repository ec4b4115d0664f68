using System.Text.Json;

namespace Workflows.Deployment.Tests;

/// <summary>infra/main.bicep and its modules: compiled and linted clean, and the security settings that matter.</summary>
public sealed class InfrastructureTemplateTests(CompiledTemplate template) : IClassFixture<CompiledTemplate>
{
    [Fact]
    public void Given_the_bicep_files_when_compiled_and_linted_then_there_is_no_warning_or_error()
    {
        Assert.True(template.Result.ExitCode == 0, template.Result.ToString());
        Assert.Contains("clean", template.Result.Output, StringComparison.Ordinal);
        Assert.NotEmpty(template.Resources);
    }

    [Fact]
    public void Given_the_storage_account_then_it_accepts_only_entra_id_over_tls_1_2_and_no_public_blobs()
    {
        var properties = Assert.Single(template.OfType("Microsoft.Storage/storageAccounts")).GetProperty("properties");

        Assert.Equal("TLS1_2", properties.GetProperty("minimumTlsVersion").GetString());
        Assert.False(properties.GetProperty("allowSharedKeyAccess").GetBoolean());
        Assert.False(properties.GetProperty("allowBlobPublicAccess").GetBoolean());
        Assert.True(properties.GetProperty("supportsHttpsTrafficOnly").GetBoolean());
    }

    [Fact]
    public void Given_the_storage_module_then_it_creates_the_work_queue_and_its_poison_queue()
    {
        var storage = template.Module("storage");
        var queues = storage.GetProperty("variables").GetProperty("queueNames").EnumerateArray().Select(q => q.GetString());

        Assert.Equal(["work", "work-poison"], queues);
        Assert.Single(template.OfType("Microsoft.Storage/storageAccounts/blobServices/containers"));
        Assert.Single(template.OfType("Microsoft.Storage/storageAccounts/tableServices"));
    }

    [Fact]
    public void Given_the_role_assignments_then_the_app_identity_gets_the_built_in_roles_by_their_real_ids()
    {
        var roleIds = template.Module("roles").GetProperty("variables").GetProperty("roleIds");

        // Built-in role definition ids, identical in every tenant (Azure built-in roles reference).
        var expected = new Dictionary<string, string>
        {
            ["storageBlobDataOwner"] = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b",
            ["storageQueueDataContributor"] = "974c5e8b-45b9-4653-ba55-5f855dd0fb88",
            ["storageTableDataContributor"] = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3",
            ["keyVaultSecretsUser"] = "4633458b-17de-408a-b874-0445c86b69e6",
            ["keyVaultSecretsOfficer"] = "b86a8fe4-44ce-4948-aee5-eccb2c155cd7",
            ["monitoringMetricsPublisher"] = "3913510d-42f4-4e42-8a64-420c390055eb",
        };
        var actual = roleIds.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);

        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), actual.OrderBy(p => p.Key, StringComparer.Ordinal));
        // Three storage roles in a loop, Key Vault Secrets User, Monitoring Metrics Publisher, optional operator.
        Assert.Equal(4, template.OfType("Microsoft.Authorization/roleAssignments").Count());
    }

    [Fact]
    public void Given_the_function_app_then_it_is_https_only_with_tls_1_2_no_ftp_and_a_user_assigned_identity()
    {
        var site = Assert.Single(template.OfType("Microsoft.Web/sites"));
        var properties = site.GetProperty("properties");
        var siteConfig = properties.GetProperty("siteConfig");

        Assert.Equal("functionapp,linux", site.GetProperty("kind").GetString());
        Assert.Equal("UserAssigned", site.GetProperty("identity").GetProperty("type").GetString());
        Assert.True(properties.GetProperty("httpsOnly").GetBoolean());
        Assert.Equal("1.2", siteConfig.GetProperty("minTlsVersion").GetString());
        Assert.Equal("Disabled", siteConfig.GetProperty("ftpsState").GetString());
        var policies = template.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();
        Assert.Equal(2, policies.Count);
        Assert.All(policies, p => Assert.False(p.GetProperty("properties").GetProperty("allow").GetBoolean()));
    }

    [Fact]
    public void Given_the_function_app_module_then_its_settings_use_identity_connections_and_key_vault_references()
    {
        var functionApp = template.Module("functionapp").GetRawText();

        foreach (var setting in new[]
        {
            "AzureWebJobsStorage__accountName",
            "AzureWebJobsStorage__credential",
            "Storage__tableServiceUri",
            "Storage__queueServiceUri",
            "Storage__credential",
            "APPLICATIONINSIGHTS_CONNECTION_STRING",
            "Email__SendGrid__ApiKey",
            "ActionLinks__Keys__",
            "@Microsoft.KeyVault(SecretUri=",
            "dotnet-isolated",
            "FUNCTIONS_WORKER_RUNTIME",
            "Site__BaseUrl", // e-mail links on the app's public address, not the local default
            "ForwardedHeaders__TrustLoopback", // forwarded headers only from the local Functions host and named networks
            "ASPNETCORE_FORWARDEDHEADERS_ENABLED",
            "Api__OpenApi",
        })
        {
            Assert.Contains(setting, functionApp, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("AccountKey=", template.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("listKeys", template.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_key_vault_then_it_uses_rbac_and_writes_secrets_only_from_secure_parameters()
    {
        var vault = Assert.Single(template.OfType("Microsoft.KeyVault/vaults")).GetProperty("properties");
        var secrets = template.OfType("Microsoft.KeyVault/vaults/secrets").ToList();
        var parameters = template.Module("keyvault").GetProperty("parameters");

        Assert.True(vault.GetProperty("enableRbacAuthorization").GetBoolean());
        Assert.Equal(2, secrets.Count);
        Assert.All(secrets, secret => Assert.True(secret.TryGetProperty("condition", out _), "a secret is created only when its value is given"));
        Assert.Equal("securestring", parameters.GetProperty("sendGridApiKey").GetProperty("type").GetString());
        Assert.Equal("securestring", parameters.GetProperty("linkSigningKey").GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.String, parameters.GetProperty("sendGridApiKey").GetProperty("defaultValue").ValueKind);
        Assert.Equal(string.Empty, parameters.GetProperty("sendGridApiKey").GetProperty("defaultValue").GetString());
    }
}
