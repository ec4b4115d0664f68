using Workflows.Host.Authorization;
using Workflows.Host.Runtime;
using Workflows.Steps;

namespace Workflows.Host.Api;

/// <summary>
/// Every <c>/api/instances/{id}…</c> endpoint, applied once on the route group: an instance outside the caller's
/// networks (<see cref="NetworkScope"/>) answers 404, exactly as an instance that does not exist, before the handler
/// reads or changes anything.
/// </summary>
internal sealed class InstanceScopeFilter(IWorkflowQueries queries) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var scope = NetworkScope.Of(http.User);
        if (!scope.IsUnrestricted
            && http.Request.RouteValues.TryGetValue("id", out var raw)
            && InstanceId.TryParse(raw as string, out var id)
            && await queries.GetInstanceAsync(id, includeTimeline: false, http.RequestAborted) is { } instance
            && !scope.Allows(instance.Tags))
        {
            return ApiProblems.InstanceNotFound();
        }

        return await next(context);
    }
}
