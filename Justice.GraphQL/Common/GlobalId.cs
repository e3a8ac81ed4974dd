using System.Buffers.Text;
using System.Text;
using GraphQL;
using Justice.GraphQL.Access;

namespace Justice.GraphQL.Common;

/// <summary>
/// Opaque, globally unique IDs: the type name and the entity's Guid, base64url-encoded. Clients must not
/// parse them; the server refuses one that is malformed or names another type with INVALID_ID.
/// </summary>
public static class GlobalId
{
    public static string Encode(string typeName, Guid id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{id:N}"));

    public static bool TryDecode(string? globalId, out string typeName, out Guid id)
    {
        typeName = "";
        id = Guid.Empty;
        if (string.IsNullOrEmpty(globalId) || globalId.Length > 200) return false;
        byte[] bytes;
        try { bytes = Base64Url.DecodeFromChars(globalId); }
        catch (FormatException) { return false; }
        var text = Encoding.UTF8.GetString(bytes);
        var colon = text.IndexOf(':');
        if (colon <= 0 || !Guid.TryParseExact(text[(colon + 1)..], "N", out id)) return false;
        typeName = text[..colon];
        return true;
    }

    /// <summary>The Guid inside an ID that must be of <paramref name="expectedType"/>.</summary>
    public static Guid Decode(string? globalId, string expectedType)
    {
        if (TryDecode(globalId, out var typeName, out var id) && typeName == expectedType) return id;
        throw new ExecutionError($"Mã định danh \"{Truncate(globalId)}\" không hợp lệ (cần mã của {expectedType}).") { Code = ErrorCodes.InvalidId };
    }

    internal static string Truncate(string? value) => value is null ? "" : value.Length <= 60 ? value : value[..60] + "…";
}
