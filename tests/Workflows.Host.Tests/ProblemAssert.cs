using System.Net;
using System.Text.Json;

namespace Workflows.Host.Tests;

/// <summary>Checks that an answer is a ProblemDetails (RFC 9457) with the given status.</summary>
internal static class ProblemAssert
{
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonSerializer.Deserialize<JsonElement>(body);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    /// <summary>A 400 validation problem naming <paramref name="parameter"/>.</summary>
    public static async Task<JsonElement> IsValidationProblemAsync(HttpResponseMessage response, string parameter)
    {
        var problem = await IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), $"no error for '{parameter}': {problem}");
        return problem;
    }
}
