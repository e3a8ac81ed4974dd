using Justice.GraphQL.Common;
using Justice.GraphQL.Conferences;
using Microsoft.AspNetCore.SignalR;

namespace Justice.Portal.Conferences;

/// <summary>
/// Sends committed board changes to the day group and the endpoint groups concerned (through the Redis backplane
/// when configured, so clients of every node receive them). A failed send is logged, never fails the mutation:
/// clients catch up from the change log when they reconnect.
/// </summary>
public sealed class SignalRConferenceNotifier(IHubContext<ConferenceHub> hub, ILogger<SignalRConferenceNotifier> logger) : IConferenceNotifier
{
    public async Task PublishAsync(IReadOnlyList<ConferenceChangeMessage> changes, CancellationToken cancellationToken)
    {
        foreach (var change in changes)
        {
            var groups = new List<string>();
            if (change.Endpoint is null) groups.Add("day:" + change.Day);
            else groups.Add(ConferenceHub.StatusGroup);
            foreach (var endpoint in change.EndpointIds)
                if (GlobalId.TryDecode(endpoint, out _, out var id)) groups.Add(ConferenceHub.EndpointGroup(id));
            try
            {
                await hub.Clients.Groups(groups).SendAsync(ConferenceHub.ChangeMethod, change, cancellationToken);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Conference change {Sequence} could not be published", change.Sequence);
            }
        }
    }
}
