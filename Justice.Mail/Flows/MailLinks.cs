using System.Buffers.Text;
using System.Text;

namespace Justice.Mail.Flows;

/// <summary>Links to the public portal (<see cref="MailOptions.PublicBaseUrl"/>) that the workflow mails carry.</summary>
public sealed class MailLinks(MailOptions options)
{
    private string Base => options.PublicBaseUrl.TrimEnd('/');

    /// <summary>The status page; the tracking code is typed there, never put in a URL (it would land in logs).</summary>
    public string JudicialRecordStatus() => $"{Base}/ly-lich-tu-phap/tra-cuu";

    public string CodificationTopic(Guid topicId) => $"{Base}/phap-dien/{RelayId("CodificationTopic", topicId)}";

    /// <summary>The sector's statistics; a report itself is opened in the reporting software, which has no public address.</summary>
    public string Statistics() => $"{Base}/thong-ke";

    public string AuctionNotice(Guid noticeId) => $"{Base}/dau-gia/thong-bao/{RelayId("AuctionNotice", noticeId)}";

    public string AuctionSubscriptionConfirmation(string token) => $"{Base}/dau-gia/dang-ky?xac-nhan={Uri.EscapeDataString(token)}";

    /// <summary>The API's global ID, as the portal's pages take it (the same encoding as <c>Justice.GraphQL.Common.GlobalId</c>).</summary>
    public static string RelayId(string typeName, Guid id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{id:N}"));
}
