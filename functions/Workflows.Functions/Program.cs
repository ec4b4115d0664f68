using Microsoft.Azure.Functions.Worker.Builder;
using Workflows.Functions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddWorkflowFunctions(builder.Configuration);
await builder.Build().RunAsync();
