using Microsoft.AspNetCore;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Justice.Portal.Identity;

/// <summary>
/// RFC 6749 §5.2: a failed client authentication answers 400 <c>invalid_client</c>, and 401 only when the client
/// authenticated with the <c>Authorization</c> header. OpenIddict answers 401 for both; clients that post their
/// secret in the form (most integrations of the ministries do) get the 400 the specification describes.
/// </summary>
internal sealed class ClientErrorStatus : IOpenIddictServerHandler<ApplyTokenResponseContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyTokenResponseContext>()
            .UseSingletonHandler<ClientErrorStatus>()
            .SetOrder(OpenIddictServerAspNetCoreHandlers.ProcessJsonResponse<ApplyTokenResponseContext>.Descriptor.Order - 1)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ApplyTokenResponseContext context)
    {
        var request = context.Transaction.GetHttpRequest();
        if (context.Response.Error != Errors.InvalidClient || request is null || request.Headers.Authorization.Count > 0)
            return default;
        request.HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        request.HttpContext.Response.Headers.WWWAuthenticate = default;
        return default;
    }
}
