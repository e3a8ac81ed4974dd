using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Justice.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddConferenceBookings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConferenceChange",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EntityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndpointIds = table.Column<string>(type: "text", maxLength: 500, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConferenceChange", x => x.Sequence);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConferenceChange_Day_Sequence",
                table: "ConferenceChange",
                columns: new[] { "Day", "Sequence" });

            // SQLite has no exclusion constraint: triggers refuse the same overlap inside the writing transaction.
            // SQLite serialises writers, so the check and the write are atomic; times are stored as sortable text.
            foreach (var (name, when) in new[]
            {
                ("TR_MeetingParticipation_NoOverlap_Insert", "BEFORE INSERT ON \"MeetingParticipation\""),
                ("TR_MeetingParticipation_NoOverlap_Update", "BEFORE UPDATE OF \"EndpointId\", \"Start\", \"End\", \"IsReleased\" ON \"MeetingParticipation\""),
            })
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{name}" {when}
                    WHEN NEW."IsReleased" = 0
                    BEGIN
                        SELECT RAISE(ABORT, 'ENDPOINT_DOUBLE_BOOKED')
                        WHERE EXISTS (SELECT 1 FROM "MeetingParticipation" p
                                      WHERE p."EndpointId" = NEW."EndpointId" AND p."Id" <> NEW."Id" AND p."IsReleased" = 0
                                        AND p."Start" < NEW."End" AND NEW."Start" < p."End");
                    END;
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"TR_MeetingParticipation_NoOverlap_Insert\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"TR_MeetingParticipation_NoOverlap_Update\";");

            migrationBuilder.DropTable(
                name: "ConferenceChange");
        }
    }
}
