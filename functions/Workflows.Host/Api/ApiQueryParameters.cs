using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Workflows.Host.Api;

/// <summary>
/// Refuses query parameters an API endpoint does not know (400 naming them), as the API's README promises: a
/// misspelt filter (<c>?runtimestatus=</c> is fine, <c>?status=</c> is not) must not silently widen a list or a purge.
/// The known names are read once per endpoint from its handler's parameters.
/// </summary>
public static class ApiQueryParameters
{
    private static readonly ConcurrentDictionary<MethodInfo, HashSet<string>> Known = new();

    /// <summary>
    /// Adds the check for endpoints under <c>/api</c>. Call it after authentication and authorization, so an
    /// anonymous caller learns nothing about the parameters.
    /// </summary>
    public static WebApplication UseApiQueryCheck(this WebApplication app)
    {
        app.Use(static (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/api")
                || context.Request.Query.Count == 0
                || context.GetEndpoint() is not RouteEndpoint endpoint
                || endpoint.Metadata.GetMetadata<MethodInfo>() is not { } handler)
            {
                return next(context);
            }

            var known = Known.GetOrAdd(handler, static (method, route) => NamesOf(method, route), endpoint);
            var unknown = context.Request.Query.Keys.Where(k => !known.Contains(k)).ToList();
            if (unknown.Count == 0)
            {
                return next(context);
            }

            var errors = unknown.Take(10).ToDictionary(
                k => k.Length <= 100 ? k : k[..100],
                k => new[] { "Parametro sconosciuto / Unknown query parameter." },
                StringComparer.Ordinal);
            return TypedResults.ValidationProblem(errors).ExecuteAsync(context);
        });
        return app;
    }

    private static HashSet<string> NamesOf(MethodInfo method, RouteEndpoint endpoint)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in method.GetParameters())
        {
            if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                foreach (var property in parameter.ParameterType.GetProperties())
                {
                    if (property.GetCustomAttribute<FromQueryAttribute>() is { } query)
                    {
                        names.Add(query.Name ?? property.Name);
                    }
                }
            }
            else if (parameter.GetCustomAttribute<FromQueryAttribute>() is { } query)
            {
                names.Add(query.Name ?? parameter.Name!);
            }
            else if (IsImplicitQuery(parameter) && endpoint.RoutePattern.GetParameter(parameter.Name!) is null)
            {
                names.Add(parameter.Name!);
            }
        }

        return names;
    }

    // Minimal APIs bind a simple parameter without an attribute from the route, else from the query.
    private static bool IsImplicitQuery(ParameterInfo parameter)
    {
        if (parameter.GetCustomAttributes().Any(a => a is IFromHeaderMetadata or IFromBodyMetadata or IFromServiceMetadata or IFromFormMetadata or IFromRouteMetadata))
        {
            return false;
        }

        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return type == typeof(string) || type.IsPrimitive || type.IsEnum || type == typeof(DateTimeOffset) || type == typeof(Guid);
    }
}
