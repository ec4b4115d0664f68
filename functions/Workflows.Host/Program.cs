using Workflows.Host.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddApplicationServices();
builder.AddWebUi();
builder.AddLinkPages();

var app = builder.Build();
app.MapGet("/healthz", () => "ok");
app.MapWebUi();
app.Run();

/// <summary>The host's entry point; public for WebApplicationFactory.</summary>
public partial class Program;
