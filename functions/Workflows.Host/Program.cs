using Workflows.Host.Api;
using Workflows.Host.Email;
using Workflows.Host.Extensions;
using Workflows.Host.Functions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();
builder.AddAuth();
builder.AddManagementApi();
builder.AddNetworkDirectory();
builder.AddWebUi();
builder.AddPublicPages();
builder.AddDemoSeed();
builder.AddLinkPages();

var app = builder.Build();
app.UseForwardedHeaders(new() { ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto });
app.UseManagementApiErrors();
app.MapWebUi();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapDefaultEndpoints();
app.MapOpenApi();
app.MapInstancesApi();
app.MapApiTokensApi();
app.MapFunctionsEndpoints();
app.MapSendGridWebhook().RequireRateLimiting(ManagementApiExtensions.RateLimitPolicy);
app.Run();

/// <summary>The host's entry point; public for WebApplicationFactory.</summary>
public partial class Program;
