namespace Workflows.Host.Api;

/// <summary>Who may read the OpenAPI document (<c>Api:OpenApi</c>) outside Development, where it is always public.</summary>
public enum OpenApiExposure
{
    /// <summary>Coordinators only, as the API itself (the default).</summary>
    Coordinators,

    /// <summary>Not served: 404.</summary>
    Off,

    /// <summary>Anyone (a public API catalogue).</summary>
    Public,
}
