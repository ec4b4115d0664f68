using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Workflows.Host.Tests;

/// <summary>
/// The test server has no socket, so no remote address: this sets it to loopback (as for the local Functions
/// host), or to the address a test names in <see cref="Header"/> to play a caller from elsewhere.
/// </summary>
internal sealed class TestRemoteAddress : IStartupFilter
{
    public const string Header = "X-Test-Remote-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = context.Request.Headers.TryGetValue(Header, out var value)
                ? IPAddress.Parse(value.ToString())
                : IPAddress.Loopback;
            context.Request.Headers.Remove(Header);
            return nextMiddleware(context);
        });
        next(app);
    };
}
