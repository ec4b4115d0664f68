using Workflows.Host.Api;
using Workflows.Host.Email;
using Workflows.Host.Extensions;
using Workflows.Host.Observability;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddTrustedProxies();
builder.AddApplicationServices();
builder.AddAuth();
builder.AddManagementApi();
builder.AddNetworkDirectory();
builder.AddWebUi();
builder.AddPublicPages();
builder.AddDemoSeed();
builder.AddLinkPages();

var app = builder.Build();
app.UseForwardedHeaders();
app.UseRequestLog();
app.UseManagementApiErrors();
app.MapWebUi();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseApiQueryCheck();

app.MapDefaultEndpoints();
app.MapManagementOpenApi();
app.MapInstancesApi();
app.MapApiTokensApi();
app.MapSendGridWebhook().RequireRateLimiting(ManagementApiExtensions.RateLimitPolicy);
app.Run();

/// <summary>The host's entry point; public for WebApplicationFactory.</summary>
public partial class Program;
