using System.Text.Json;
using Workflows.Orchestration.Hosting;

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
    public void Given_the_storage_module_then_it_leaves_the_task_hub_queues_to_durable_and_keeps_the_package_container()
    {
        Assert.Empty(template.OfType("Microsoft.Storage/storageAccounts/queueServices/queues"));
        Assert.Single(template.OfType("Microsoft.Storage/storageAccounts/queueServices"));
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
    public void Given_the_two_apps_then_both_are_https_only_with_tls_1_2_no_ftp_and_the_one_user_assigned_identity()
    {
        var sites = template.OfType("Microsoft.Web/sites").ToList();

        Assert.Equal(["app,linux", "functionapp,linux"], sites.Select(s => s.GetProperty("kind").GetString()).Order(StringComparer.Ordinal));
        Assert.All(sites, site =>
        {
            var properties = site.GetProperty("properties");
            var siteConfig = properties.GetProperty("siteConfig");
            Assert.Equal("UserAssigned", site.GetProperty("identity").GetProperty("type").GetString());
            Assert.True(properties.GetProperty("httpsOnly").GetBoolean());
            Assert.Equal("1.2", siteConfig.GetProperty("minTlsVersion").GetString());
            Assert.Equal("Disabled", siteConfig.GetProperty("ftpsState").GetString());
        });
        Assert.Single(template.OfType("Microsoft.ManagedIdentity/userAssignedIdentities"));
        var policies = template.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();
        Assert.Equal(4, policies.Count);
        Assert.All(policies, p => Assert.False(p.GetProperty("properties").GetProperty("allow").GetBoolean()));
    }

    [Fact]
    public void Given_the_function_app_then_it_runs_dotnet_isolated_10_on_flex_consumption()
    {
        var site = Assert.Single(template.OfType("Microsoft.Web/sites"), s => s.GetProperty("kind").GetString() == "functionapp,linux");
        var runtime = site.GetProperty("properties").GetProperty("functionAppConfig").GetProperty("runtime");
        var plan = template.Module("functionapp").GetRawText();

        Assert.Equal("dotnet-isolated", runtime.GetProperty("name").GetString());
        Assert.Equal("10.0", runtime.GetProperty("version").GetString());
        Assert.Contains("FlexConsumption", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", template.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_web_app_then_it_runs_dotnet_10_on_linux_app_service_with_its_health_check()
    {
        var site = Assert.Single(template.OfType("Microsoft.Web/sites"), s => s.GetProperty("kind").GetString() == "app,linux");
        var siteConfig = site.GetProperty("properties").GetProperty("siteConfig");

        Assert.Equal("DOTNETCORE|10.0", siteConfig.GetProperty("linuxFxVersion").GetString());
        Assert.Equal("/healthz", siteConfig.GetProperty("healthCheckPath").GetString());
        Assert.True(siteConfig.GetProperty("alwaysOn").GetBoolean());
    }

    [Fact]
    public void Given_the_web_app_then_it_trusts_forwarded_headers_only_from_the_front_ends_networks_and_keeps_openapi_for_coordinators()
    {
        var webApp = File.ReadAllText(Repository.PathOf("infra", "modules", "webapp.bicep"));

        Assert.Contains("ASPNETCORE_FORWARDEDHEADERS_ENABLED: 'false'", webApp, StringComparison.Ordinal);
        Assert.Contains("ForwardedHeaders__KnownNetworks__", webApp, StringComparison.Ordinal);

        // Microsoft's list for App Service's front end ("Detect HTTPS session" in "Configure an ASP.NET Core app for Azure App Service").
        var networks = template.Module("webapp").GetProperty("parameters").GetProperty("trustedProxyNetworks").GetProperty("defaultValue")
            .EnumerateArray().Select(n => n.GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16" }, networks.ToHashSet());
        Assert.Contains("Api__OpenApi: 'Coordinators'", webApp, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_task_hub_parameters_then_their_defaults_are_the_web_apps_and_host_jsons()
    {
        var parameters = JsonDocument.Parse(template.Text).RootElement.GetProperty("parameters");
        var storage = JsonDocument.Parse(File.ReadAllText(Repository.HostJson)).RootElement
            .GetProperty("extensions").GetProperty("durableTask").GetProperty("storageProvider");
        var web = new TaskHubOptions();

        Assert.Equal(web.Name, parameters.GetProperty("taskHubName").GetProperty("defaultValue").GetString());
        Assert.Equal(web.PartitionCount, parameters.GetProperty("taskHubPartitionCount").GetProperty("defaultValue").GetInt32());
        Assert.Equal(web.PartitionCount, storage.GetProperty("partitionCount").GetInt32());
    }

    [Fact]
    public void Given_the_function_app_settings_then_the_task_hub_uses_the_identity_based_azure_web_jobs_storage()
    {
        var settings = AppSettings("functionapp");

        foreach (var setting in new[]
        {
            "AzureWebJobsStorage__blobServiceUri",
            "AzureWebJobsStorage__queueServiceUri",
            "AzureWebJobsStorage__tableServiceUri",
            "AzureWebJobsStorage__clientId",
            "'AzureWebJobsStorage__credential', 'managedidentity'",
            "AzureFunctionsJobHost__extensions__durableTask__storageProvider__partitionCount",
            "parameters('taskHubPartitionCount')",
            "'Site__BaseUrl', reference(resourceId('Microsoft.Resources/deployments', 'webapp')", // links point at the web app
        })
        {
            Assert.Contains(setting, settings, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("AzureWebJobsStorage__accountName", settings, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_web_app_settings_then_its_worker_is_off_and_it_shares_the_task_hub_settings()
    {
        var settings = AppSettings("webapp");

        Assert.Contains("'TaskHub__RunWorker', 'false'", settings, StringComparison.Ordinal);
        Assert.DoesNotContain("AzureWebJobsStorage", settings, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_shared_settings_then_hub_name_partitions_secrets_and_telemetry_are_set_once_for_both_apps()
    {
        var apps = new[] { AppSettings("functionapp"), AppSettings("webapp") };

        foreach (var setting in new[]
        {
            "'TaskHub__Name', parameters('taskHubName')",
            "'TaskHub__PartitionCount', string(parameters('taskHubPartitionCount'))",
            "Storage__tableServiceUri",
            "Storage__queueServiceUri",
            "Storage__blobServiceUri",
            "Storage__clientId",
            "AZURE_CLIENT_ID",
            "APPLICATIONINSIGHTS_CONNECTION_STRING",
            "Email__SendGrid__ApiKey",
            "ActionLinks__Keys__",
            "TaskHub__PayloadKeys__CurrentKeyId",
            "TaskHub__PayloadKeys__Keys__",
            "@Microsoft.KeyVault(SecretUri=",
        })
        {
            Assert.All(apps, settings => Assert.Contains(setting, settings, StringComparison.Ordinal));
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
        Assert.Equal(3, secrets.Count);
        Assert.All(secrets, secret => Assert.True(secret.TryGetProperty("condition", out _), "a secret is created only when its value is given"));
        Assert.Equal("securestring", parameters.GetProperty("sendGridApiKey").GetProperty("type").GetString());
        Assert.Equal("securestring", parameters.GetProperty("linkSigningKey").GetProperty("type").GetString());
        Assert.Equal("securestring", parameters.GetProperty("payloadKey").GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.String, parameters.GetProperty("sendGridApiKey").GetProperty("defaultValue").ValueKind);
        Assert.Equal(string.Empty, parameters.GetProperty("sendGridApiKey").GetProperty("defaultValue").GetString());
    }

    private string AppSettings(string module) =>
        template.OfType("Microsoft.Resources/deployments")
            .Single(d => d.GetProperty("name").GetString() == module)
            .GetProperty("properties").GetProperty("parameters").GetProperty("appSettings").GetRawText();
}
